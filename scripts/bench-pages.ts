/**
 * `npm run bench:pages`: what each page a person sees costs the server on the demo data: the
 * production build on a throw-away embedded database with the demo people, signed in as the
 * demo employee (and the demo admin for program pages), each page fetched five times over
 * HTTP, the median of the last four printed. A script, not a test: timings vary by machine.
 */
import { createPrismaClient } from '@/lib/node/prisma-client';
import { DEMO_ADMIN_EMAIL, DEMO_EMPLOYEE_EMAIL } from '@/prisma/demo/accounts';
import { acceptedRelationship } from '@/scripts/support/relationship';
import { forgeSession } from '@/scripts/support/sessions';
import { prepareDemoData } from './app/prepare-demo-data';
import { needsBuild } from './app/needs-build';
import { buildNext, startNext, stopNext } from './app/next-process';
import { applyMigrations } from './db/migrations';
import { PROJECT_DIR } from './db/provide-database';

// Another port when 3900 is taken (two checkouts benchmarking on one machine).
const PORT = Number(process.env.BENCH_PORT ?? 3900);
const SECRET = 'bench-pages-secret-at-least-32-characters-long';
const url = process.env.DATABASE_URL!;
const base = `http://localhost:${PORT}`;

await applyMigrations(url);
process.env.DEMO_DATA = 'on';
await prepareDemoData(url);
const prisma = createPrismaClient(url);
const env = { ...process.env, AUTH_SECRET: SECRET, AUTH_URL: base, NEXT_TELEMETRY_DISABLED: '1' };
if (needsBuild(PROJECT_DIR) && !(await buildNext(env))) process.exit(1);
const server = startNext('start', PORT, env, { ownGroup: true });
for (let tries = 0; ; tries++) {
  const up = await fetch(`${base}/api/health`)
    .then((r) => r.ok)
    .catch(() => false);
  if (up) break;
  if (tries > 240) throw new Error('the server did not start');
  await new Promise((resolve) => setTimeout(resolve, 500));
}

async function cookieFor(email: string) {
  const user = await prisma.user.findUniqueOrThrow({ where: { email } });
  const { name, value } = await forgeSession(prisma, user, SECRET);
  return { user, cookie: `${name}=${value}` };
}
const employee = await cookieFor(DEMO_EMPLOYEE_EMAIL);
const admin = await cookieFor(DEMO_ADMIN_EMAIL);
const goal = await prisma.goal.findFirst({ where: { userId: employee.user.id } });
const someone = await prisma.profile.findFirst({
  where: { userId: { not: employee.user.id }, offers: { not: 'NONE' } },
});
// The demo data holds no requests or relationships: the demo employee is given one of each,
// with a few messages, so that those pages are timed with something on them.
const started =
  someone &&
  (await acceptedRelationship(
    prisma,
    { protegeId: employee.user.id, mentorId: someone.userId },
    { statement: 'I want to lead a team within two years.', note: 'Could we talk about it?' },
  ));
if (started)
  await prisma.message.createMany({
    data: Array.from({ length: 10 }, (_, index) => ({
      relationshipId: started.relationship.id,
      authorId: index % 2 ? someone!.userId : employee.user.id,
      text: `Message ${index + 1} of the thread.`,
    })),
  });
const program = await prisma.program.findFirst({
  where: { admins: { some: { userId: admin.user.id } } },
});

const pages: [string, string | null, string][] = [
  ['Home', '/', employee.cookie],
  ['Goals', '/goals', employee.cookie],
  ['A goal with suggestions', goal && `/goals/${goal.id}`, employee.cookie],
  ['Help others', '/help', employee.cookie],
  ['A profile', someone && `/people/${someone.userId}`, employee.cookie],
  ['Requests', '/requests', employee.cookie],
  ['A request', started && `/requests/${started.request.id}`, employee.cookie],
  ['A relationship', started && `/relationships/${started.relationship.id}`, employee.cookie],
  ['Blocks and hidden people', '/account/privacy', employee.cookie],
  ['Notifications', '/notifications', employee.cookie],
  ['Program health', program && `/programs/${program.id}/health`, admin.cookie],
  ['Program settings', program && `/programs/${program.id}/settings`, admin.cookie],
];

// The first fetch of each page is shown apart: the goal page's first one prepares the server's
// supporter pool (decision 026), the later ones use it.
console.log('| page | status | first (ms) | median of last 4 (ms) |');
console.log('|---|---|---|---|');
for (const [label, path, cookie] of pages) {
  if (!path) {
    console.log(`| ${label} | not in the demo data | |`);
    continue;
  }
  const times: number[] = [];
  let first = 0;
  let status = 0;
  for (let time = 0; time < 5; time++) {
    const started = performance.now();
    const response = await fetch(`${base}${path}`, { headers: { cookie }, redirect: 'manual' });
    await response.text();
    status = response.status;
    if (time > 0) times.push(performance.now() - started);
    else first = performance.now() - started;
  }
  const sorted = times.toSorted((a, b) => a - b);
  const median = (sorted[1]! + sorted[2]!) / 2;
  console.log(`| ${label} | ${status} | ${Math.round(first)} | ${Math.round(median)} |`);
}
await stopNext(server);
await prisma.$disconnect();
process.exit(0);
