/**
 * `npm run load`: 50 signed-in people at once for a minute against a scaled-out deployment: two
 * production web processes and two workers on one PostgreSQL, which is restarted under them,
 * and a real SMTP server receiving the mail. 25 protégés read their goal's suggestions and ask
 * mentors; 25 mentors read their requests and accept or decline; each person is served by one
 * of the two web processes, so a request one process wrote is answered through the other.
 * Everything goes through the real pages and server actions over HTTP (forms posted as a
 * browser without JavaScript posts them). Twenty seconds in, PostgreSQL is stopped and started
 * again.
 *
 * `npm run load -- --people 20000` runs the same among the demo's 20,000 people.
 *
 * It prints throughput and latency percentiles per web process, the errors seen while the
 * database was down and how soon the app answered again, then checks the data: every accepted
 * request has exactly one relationship, no mentor is over capacity, no request is duplicated,
 * every notification has exactly one e-mail, none left unsent, and the SMTP server received
 * each e-mail exactly once, though two workers took from the same outbox. Exit status 1 if any
 * check fails or a 5xx came while the database was up. A script, not a test: timings vary.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { ReceivedMail } from '@/e2e/support/mail-drop';
import { createPrismaClient } from '@/lib/node/prisma-client';
import { createTestGoal, createTestProfile, createTestUser } from '@/scripts/support/people';
import { forgeSession } from '@/scripts/support/sessions';
import { needsBuild } from './app/needs-build';
import { buildNext, startNext, stopNext } from './app/next-process';
import { startTestMailServer } from './app/test-mail-server';
import { startWorkerProcess } from './app/worker-process';
import { startEmbeddedDatabase, type RunningDatabase } from './db/embedded-database';
import { applyMigrations } from './db/migrations';
import { PROJECT_DIR } from './db/provide-database';
import { formsWith, multipart } from './load/forms';
import { MAX_DEMO_PEOPLE } from '@/prisma/demo/generate';
import { seedDemoData } from '@/prisma/demo/seed-database';

const PEOPLE = 25; // protégés, and as many mentors
const company = z
  .object({ people: z.coerce.number().int().min(0).max(MAX_DEMO_PEOPLE).default(0) })
  .parse(parseArgs({ options: { people: { type: 'string' } } }).values).people;
const WEB_PROCESSES = 2;
const WORKERS = 2;
const SECONDS = 60;
const RESTART_AT_SECONDS = 20;
const SECRET = 'load-test-only-secret-0123456789abcdefghijkl';

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer();
    server.listen(0, () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

const dataDir = path.join(PROJECT_DIR, '.data', 'load', String(process.pid));
mkdirSync(dataDir, { recursive: true });
const pgPort = await freePort();
const startDatabase = () =>
  startEmbeddedDatabase({ dataDir: path.join(dataDir, 'pg'), port: pgPort, databaseName: 'load' });
let database: RunningDatabase = await startDatabase();
await applyMigrations(database.url);
const prisma = createPrismaClient(database.url);
// With --people N, the company around them is the demo's N people: every goal page then
// weighs thousands of supporters, as at a real customer of that size.
if (company > 0) {
  const seeded = await seedDemoData(database.url, { people: company });
  if (seeded.status !== 'loaded')
    throw new Error(`the demo people were not loaded: ${seeded.reason}`);
}

// The people: protégés with a goal that calls for a mentor, mentors with two places each.
type Person = Awaited<ReturnType<typeof createTestUser>>;
const proteges: (Person & { goalId: string })[] = [];
const mentors: Person[] = [];
for (let at = 0; at < PEOPLE; at++) {
  const protege = await createTestUser(prisma);
  await createTestProfile(prisma, protege.id);
  const goal = await createTestGoal(prisma, protege.id);
  await prisma.goal.update({ where: { id: goal.id }, data: { triageKind: 'MENTOR' } });
  proteges.push({ ...protege, goalId: goal.id });
  const mentor = await createTestUser(prisma);
  await createTestProfile(prisma, mentor.id, {
    offers: 'MENTORING',
    capacity: 2,
    jobTitle: 'Director',
  });
  mentors.push(mentor);
}

const mailFile = path.join(dataDir, 'mail.jsonl');
const mailPort = await freePort();
const mailServer = await startTestMailServer(mailPort, mailFile);
const appPorts = await Promise.all(Array.from({ length: WEB_PROCESSES }, freePort));
const bases = appPorts.map((port) => `http://localhost:${port}`);
// Every process shares the settings a deployment gives them all: the same secret for sessions
// and the same database. They also share one build, so server actions' ids and encryption key
// agree; processes built separately need NEXT_SERVER_ACTIONS_ENCRYPTION_KEY (README).
const env = {
  ...process.env,
  DATABASE_URL: database.url,
  AUTH_SECRET: SECRET,
  AUTH_URL: bases[0],
  SMTP_URL: `smtp://127.0.0.1:${mailPort}`,
  NEXT_TELEMETRY_DISABLED: '1',
};
if (needsBuild(PROJECT_DIR) && !(await buildNext(env))) process.exit(1);
const webs = appPorts.map((port) =>
  startNext('start', port, env, { ownGroup: true, stdio: 'ignore' }),
);
const workers = Array.from({ length: WORKERS }, () => startWorkerProcess(env));
for (const base of bases)
  for (let waited = 0; ; waited += 250) {
    const up = await fetch(`${base}/sign-in`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (waited > 60_000) throw new Error(`the app at ${base} did not start`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }

const cookieOf = async (user: { id: string; name: string; email: string }) => {
  const { name, value } = await forgeSession(prisma, user, SECRET);
  return `${name}=${value}`;
};

interface Sample {
  at: number;
  ms: number;
  status: number;
  /** Which web process answered. */
  web: number;
}
const samples: Sample[] = [];
const started = performance.now();
const restart = { from: Infinity, to: Infinity };

async function hit(
  web: number,
  url: string,
  cookie: string,
  body?: FormData,
): Promise<{ status: number; text: string; location: string }> {
  const at = performance.now() - started;
  const base = bases[web]!;
  try {
    const response = await fetch(`${base}${url}`, {
      method: body ? 'POST' : 'GET',
      headers: { cookie, origin: base },
      body,
      redirect: 'manual',
    });
    const text = await response.text();
    samples.push({ at, ms: performance.now() - started - at, status: response.status, web });
    return { status: response.status, text, location: response.headers.get('location') ?? '' };
  } catch {
    samples.push({ at, ms: performance.now() - started - at, status: 0, web });
    return { status: 0, text: '', location: '' };
  }
}

const pick = <T>(items: T[]) => items[Math.floor(Math.random() * items.length)];
const running = () => performance.now() - started < SECONDS * 1000;

// The first protégé and the first mentor use different processes, and so on down the lists.
async function protegeLoop(person: Person & { goalId: string }, index: number) {
  const cookie = await cookieOf(person);
  const web = index % WEB_PROCESSES;
  while (running()) {
    const page = await hit(web, `/goals/${person.goalId}`, cookie);
    const asks = formsWith(page.text, 'name="personId"', 'name="kind"');
    const ask = pick(asks);
    if (ask)
      await hit(
        web,
        `/goals/${person.goalId}`,
        cookie,
        multipart({ ...ask, note: 'You have made the step I am aiming for; could we talk?' }),
      );
    await hit(web, '/requests', cookie);
  }
}

async function mentorLoop(person: Person, index: number) {
  const cookie = await cookieOf(person);
  const web = (index + 1) % WEB_PROCESSES;
  while (running()) {
    const list = await hit(web, '/requests', cookie);
    const ids = [
      ...new Set([...list.text.matchAll(/href="\/requests\/(\w+)"/g)].map((m) => m[1]!)),
    ];
    const id = pick(ids);
    if (id) {
      const page = await hit(web, `/requests/${id}`, cookie);
      const answer = Math.random() < 0.7 ? 'Accept' : 'Decline';
      const form = formsWith(page.text, `name="requestId" value="${id}"`, `>${answer}<`)[0];
      if (form) await hit(web, `/requests/${id}`, cookie, multipart(form));
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const restarting = (async () => {
  await new Promise((resolve) => setTimeout(resolve, RESTART_AT_SECONDS * 1000));
  restart.from = performance.now() - started;
  await database.stop();
  database = await startDatabase();
  restart.to = performance.now() - started;
})();

await Promise.all([...proteges.map(protegeLoop), ...mentors.map(mentorLoop), restarting]);
const elapsed = (performance.now() - started) / 1000;

// Let the workers send what is queued (they run every minute), then check the data.
for (let waited = 0; waited < 90_000; waited += 2000) {
  const left = await prisma.emailMessage.count({
    where: { status: { in: ['QUEUED', 'SENDING'] } },
  });
  if (left === 0) break;
  await new Promise((resolve) => setTimeout(resolve, 2000));
}
const checks: [string, boolean][] = [];
const rows = async <T>(sql: string) => await prisma.$queryRawUnsafe<T[]>(sql);
checks.push([
  'every accepted request has exactly one relationship',
  (
    await rows(`SELECT r.id FROM "ConnectionRequest" r LEFT JOIN "Relationship" x ON x."requestId" = r.id
     WHERE r.status = 'ACCEPTED' GROUP BY r.id HAVING count(x.id) <> 1`)
  ).length === 0 &&
    (
      await rows(`SELECT x.id FROM "Relationship" x JOIN "ConnectionRequest" r ON r.id = x."requestId"
     WHERE r.status <> 'ACCEPTED'`)
    ).length === 0,
]);
checks.push([
  'no mentor over capacity',
  (
    await rows(`SELECT p."userId" FROM "Profile" p JOIN "Relationship" x ON x."supporterId" = p."userId"
     AND x.state IN ('INTRO', 'ACTIVE') GROUP BY p."userId", p.capacity HAVING count(*) > p.capacity`)
  ).length === 0,
]);
checks.push([
  'no duplicated open request, no protégé over the cap',
  (
    await rows(`SELECT 1 FROM "ConnectionRequest" WHERE status = 'OPEN'
     GROUP BY "goalId", kind, "supporterId" HAVING count(*) > 1`)
  ).length === 0 &&
    (
      await rows(`SELECT 1 FROM "ConnectionRequest" WHERE status = 'OPEN'
     GROUP BY "protegeId" HAVING count(*) > 3`)
    ).length === 0,
]);
const notifications = await prisma.notification.count();
const emails = await prisma.emailMessage.count();
const unsent = await prisma.emailMessage.count({
  where: { status: { in: ['QUEUED', 'SENDING'] } },
});
checks.push([
  `every notification has one e-mail, none unsent (${notifications} / ${emails})`,
  notifications === emails && unsent === 0,
]);
// Two workers share the outbox: what the SMTP server received must be the sent rows exactly,
// each once. Compared as multisets of recipient and subject.
const sent = await prisma.emailMessage.findMany({
  where: { status: 'SENT' },
  select: { to: true, subject: true, text: true },
});
const received = readFileSync(mailFile, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as ReceivedMail);
const tally = (keys: string[]) => {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
};
const sentTally = tally(sent.map((m) => JSON.stringify([m.to.toLowerCase(), m.subject])));
const receivedTally = tally(received.map((m) => JSON.stringify([m.to[0], m.subject])));
const doubled = [...receivedTally].filter(([key, count]) => count > (sentTally.get(key) ?? 0));
const missing = [...sentTally].filter(([key, count]) => count > (receivedTally.get(key) ?? 0));
checks.push([
  `the SMTP server received every e-mail exactly once (${received.length} received, ${sent.length} sent; ${doubled.length} doubled, ${missing.length} missing)`,
  received.length === sent.length && doubled.length === 0 && missing.length === 0,
]);

const counts = await prisma.connectionRequest.groupBy({ by: ['status'], _count: { _all: true } });
await prisma.$disconnect();
await Promise.all([...webs, ...workers].map(stopNext));
await new Promise<void>((resolve) => mailServer.close(() => resolve()));
await database.stop();
rmSync(dataDir, { recursive: true, force: true });

// The figures.
// In flight while the database was down, or sent within five seconds of its return.
const GRACE_MS = 5000;
const during = (s: Sample) => s.at <= restart.to + GRACE_MS && s.at + s.ms >= restart.from;
const failed = (s: Sample) => s.status === 0 || s.status >= 500;
const failedUp = samples.filter((s) => failed(s) && !during(s));
const back = samples.find((s) => s.at >= restart.to && !failed(s));
console.log(
  `| web process | requests | per second | p50 | p95 | p99 | 5xx or no answer (database up) | in flight during the restart | answering again |`,
);
console.log(`|---|---|---|---|---|---|---|---|---|`);
const row = (label: string, of: Sample[]) => {
  const sorted = of
    .filter((s) => !failed(s))
    .map((s) => s.ms)
    .sort((a, b) => a - b);
  const percentile = (p: number) =>
    (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0).toFixed(0);
  const again = of.find((s) => s.at >= restart.to && !failed(s));
  console.log(
    `| ${label} | ${of.length} | ${(of.length / elapsed).toFixed(1)} | ${percentile(50)} ms | ${percentile(95)} ms | ${percentile(99)} ms | ${of.filter((s) => failed(s) && !during(s)).length} | ${of.filter((s) => failed(s) && during(s)).length} | ${again ? `${((again.at - restart.to) / 1000).toFixed(1)} s after it restarted` : 'never'} |`,
  );
};
bases.forEach((_, web) =>
  row(
    String(web + 1),
    samples.filter((s) => s.web === web),
  ),
);
row('both', samples);
if (!back) console.log('\nNo process answered after the restart.');
const when = (list: Sample[]) =>
  list
    .map((s) => `${s.status || 'no answer'} at ${((s.at - restart.to) / 1000).toFixed(1)} s`)
    .join(', ');
if (failedUp.length)
  console.log(`\nFailed while the database was up (time from the restart): ${when(failedUp)}`);
console.log(
  `\nDatabase down for ${((restart.to - restart.from) / 1000).toFixed(1)} s. Requests by status: ${counts.map((c) => `${c.status} ${c._count._all}`).join(', ')}.`,
);
for (const [name, passed] of checks) console.log(`${passed ? 'ok  ' : 'FAIL'} ${name}`);
process.exit(checks.every(([, passed]) => passed) && failedUp.length === 0 ? 0 : 1);
