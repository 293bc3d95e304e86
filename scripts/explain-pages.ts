/**
 * `npm run db:explain [-- --people N] [--threshold ROWS]`: the SQL the main signed-in pages
 * run, counted and explained. On a throw-away embedded database (scripts/with-database.ts)
 * it loads the demo company (or a generated one of N people, as `npm run db:seed -- --people
 * N` does), gives the demo employee a relationship and the demo program a finished run, then
 * calls the server functions each page calls with a Prisma client that records every query.
 * Each page is called twice: the first call fills per-process caches (the supporter pool,
 * decision 026), the second is what every later visit costs. Every distinct query is run
 * through EXPLAIN (FORMAT JSON) with its own parameters, and any sequential scan on a table
 * of more than ROWS rows (default 5,000) is listed: the missing indexes. Query counts that
 * grow with the company's size are N+1 (compare two sizes). Starts no server.
 */
import './bench/benchmark-env';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { z } from 'zod';
import type { Db } from '@/lib/node/prisma-client';
import { MAX_DEMO_PEOPLE } from '@/prisma/demo/generate';
import { DEMO_ADMIN_EMAIL, DEMO_EMPLOYEE_EMAIL } from '@/prisma/demo/accounts';
import { DEFAULT_DEMO_PEOPLE, seedDemoData } from '@/prisma/demo/seed-database';
import { giveDemoEmployeeARelationship } from './support/demo-activity';
import { installRecordingClient, isStatement, type CapturedQuery } from './explain/capture';
import { seqScansOf, tableSizes, type SeqScan } from './explain/plans';

const options = z
  .object({
    people: z.coerce.number().int().min(1).max(MAX_DEMO_PEOPLE).default(DEFAULT_DEMO_PEOPLE),
    threshold: z.coerce.number().int().min(0).default(5_000),
  })
  .safeParse(
    parseArgs({
      options: { people: { type: 'string' }, threshold: { type: 'string' } },
      strict: true,
    }).values,
  );
if (!options.success) {
  console.error('Usage: npm run db:explain -- [--people N] [--threshold ROWS]');
  console.error(z.prettifyError(options.error));
  process.exit(64);
}
const { people, threshold } = options.data;
const url = process.env.DATABASE_URL;
if (!url) throw new Error('Run under scripts/with-database.ts, which provides DATABASE_URL.');

const seeded = await seedDemoData(url, { people });
if (seeded.status === 'refused') throw new Error(seeded.reason);
const recorder = installRecordingClient(url);
// Imported only now: lib/server/db.ts takes the recording client when it first loads.
const { db } = await import('@/lib/server/db');
const { adminActor, asActor, pages } = await import('./explain/pages');
const { startRun } = await import('@/lib/server/programs/runs/runs');
const { performRun } = await import('@/lib/server/programs/runs/run-job');

const employee = asActor(
  await db.user.findUniqueOrThrow({ where: { email: DEMO_EMPLOYEE_EMAIL } }),
);
const helper = await db.profile.findFirstOrThrow({
  where: { offers: 'BOTH', hideFromSuggestions: false },
  orderBy: { userId: 'asc' },
  include: { user: true },
});
const admin = await adminActor(DEMO_ADMIN_EMAIL);
const goal = await db.goal.findFirstOrThrow({ where: { userId: employee.id } });
const started = await giveDemoEmployeeARelationship(db as unknown as Db, employee.id);
const program = await db.program.findFirst({ where: { admins: { some: { userId: admin.id } } } });
let runId: string | null = null;
if (program) {
  const run = await startRun({ actor: admin, input: { programId: program.id } });
  await performRun(run.id);
  runId = run.id;
}

const sql = new Client({ connectionString: url });
await sql.connect();
await sql.query('ANALYZE');
const sizes = await tableSizes(sql);

const counted: [label: string, first: number, warm: number, ms: number][] = [];
const distinct = new Map<string, { query: CapturedQuery; pages: Set<string> }>();
for (const [label, work] of pages({
  employee,
  supporter: asActor(helper.user),
  admin,
  goalId: goal.id,
  relationshipId: started?.relationship.id ?? null,
  programId: program?.id ?? null,
  runId,
})) {
  if (!work) {
    counted.push([label, -1, -1, 0]);
    continue;
  }
  const first = await recorder.record(work);
  const clock = performance.now();
  const warm = await recorder.record(work);
  counted.push([label, first.length, warm.length, performance.now() - clock]);
  for (const query of [...first, ...warm].filter((q) => isStatement(q.sql))) {
    const entry = distinct.get(query.sql) ?? { query, pages: new Set<string>() };
    entry.pages.add(label);
    distinct.set(query.sql, entry);
  }
}

const scans: { pages: string; scan: SeqScan; sql: string }[] = [];
const failed: { sql: string; error: string }[] = [];
const timed: { pages: string; ms: number; sql: string }[] = [];
for (const { query, pages: on } of distinct.values()) {
  const result = await seqScansOf(sql, query, sizes, threshold);
  if ('error' in result) failed.push({ sql: query.sql, error: result.error });
  else {
    for (const scan of result.scans)
      scans.push({ pages: [...on].join(', '), scan, sql: query.sql });
    if (result.ms !== null)
      timed.push({ pages: [...on].join(', '), ms: result.ms, sql: query.sql });
  }
}
await sql.end();

const biggest = [...sizes].toSorted((a, b) => b[1] - a[1]).slice(0, 6);
console.log(
  `\n${people} people; largest tables: ${biggest.map(([t, n]) => `${t} ${n}`).join(', ')}\n`,
);
console.log('| page | queries, first call | queries, later calls | ms, later call |');
console.log('|---|---|---|---|');
for (const [label, first, warm, ms] of counted)
  console.log(
    first < 0
      ? `| ${label} | not in the data | | |`
      : `| ${label} | ${first} | ${warm} | ${Math.round(ms)} |`,
  );
console.log(`\n${distinct.size} distinct statements explained.`);
console.log(`\nSequential scans on tables of more than ${threshold} rows: ${scans.length}`);
if (scans.length) {
  console.log('\n| table | rows | kept (estimate) | page | statement |');
  console.log('|---|---|---|---|---|');
  for (const { pages: on, scan, sql: text } of scans)
    console.log(
      `| ${scan.table} | ${scan.rows} | ${Math.round(scan.kept)} | ${on} | \`${shorten(text)}\` |`,
    );
}
console.log('\nSlowest reads (EXPLAIN ANALYZE execution time, one run):\n');
console.log('| ms | page | statement |');
console.log('|---|---|---|');
for (const { pages: on, ms, sql: text } of timed.toSorted((a, b) => b.ms - a.ms).slice(0, 8))
  console.log(`| ${ms.toFixed(1)} | ${on} | \`${shorten(text)}\` |`);
for (const { sql: text, error } of failed)
  console.log(`\nCould not explain (${error}): ${shorten(text)}`);
await db.$disconnect();
process.exit(0);

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 300 ? `${flat.slice(0, 300)}…` : flat;
}
