/**
 * `npm run db:seed -- [--people N] [--seed S] [--reset]`: loads the demo people into the
 * app's database (embedded unless DATABASE_URL is set), after applying migrations. Refuses
 * a database that already has users unless --reset, which only works on a local database.
 * `seedDemoData` is re-exported for the app's first start.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { DEMO_ADMIN_EMAIL, DEMO_EMPLOYEE_EMAIL, DEMO_PASSWORD } from '@/prisma/demo/accounts';
import { MAX_DEMO_PEOPLE } from '@/prisma/demo/generate';
import { isLocalDatabaseUrl } from './db/local-database';
import {
  DEFAULT_DEMO_PEOPLE,
  DEFAULT_DEMO_SEED,
  seedDemoData,
  type SeedResult,
} from '@/prisma/demo/seed-database';
import { applyMigrations } from './db/migrations';
import { provideDatabase } from './db/provide-database';

export { seedDemoData };

const USAGE = 'Usage: npm run db:seed -- [--people N] [--seed S] [--reset]';

const argsSchema = z.object({
  people: z.coerce.number().int().min(1).max(MAX_DEMO_PEOPLE).default(DEFAULT_DEMO_PEOPLE),
  seed: z.coerce
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1)
    .default(DEFAULT_DEMO_SEED),
  reset: z.boolean().default(false),
});

function parseArguments(argv: string[]) {
  try {
    const { values } = parseArgs({
      args: argv,
      options: { people: { type: 'string' }, seed: { type: 'string' }, reset: { type: 'boolean' } },
      strict: true,
    });
    return argsSchema.safeParse(values);
  } catch (error) {
    return {
      success: false as const,
      error: error instanceof Error ? error.message : String(error),
    };
  }
}

function report(result: Extract<SeedResult, { status: 'loaded' }>): string {
  const { counts, helpers, timings } = result;
  const rows: [string, string][] = [
    ['organisations', String(counts.organisations)],
    ['functions', String(counts.functions)],
    ['users', String(counts.users)],
    ['profiles', String(counts.profiles)],
    ['  offering mentoring', String(helpers.mentors)],
    ['  offering coaching', String(helpers.coaches)],
    ['experiences', String(counts.experiences)],
    ['goals', String(counts.goals)],
    ['generated in', `${Math.round(timings.generateMs)} ms`],
    ['loaded in', `${Math.round(timings.loadMs)} ms`],
  ];
  if (timings.resetMs > 0) rows.push(['reset in', `${Math.round(timings.resetMs)} ms`]);
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value.padStart(8)}`).join('\n');
}

async function main(): Promise<number> {
  const args = parseArguments(process.argv.slice(2));
  if (!args.success) {
    const problem = typeof args.error === 'string' ? args.error : z.prettifyError(args.error);
    console.error(`${problem}\n${USAGE}`);
    return 64;
  }
  const database = await provideDatabase({ kind: 'app' });
  try {
    // Said before migrating, so that a mistyped DATABASE_URL is not even migrated.
    if (args.data.reset && !isLocalDatabaseUrl(database.url)) {
      console.error(
        'Refusing to reset a database that is not on this machine (check DATABASE_URL).',
      );
      return 1;
    }
    const applied = await applyMigrations(database.url);
    if (applied.length) console.log(`Applied migrations: ${applied.join(', ')}`);
    const result = await seedDemoData(database.url, args.data);
    if (result.status === 'skipped') {
      console.log(result.reason);
      return 0;
    }
    if (result.status === 'refused') {
      console.error(result.reason);
      return 1;
    }
    console.log(`Loaded demo data (seed ${args.data.seed}):\n${report(result)}`);
    console.log(
      `Sign in as ${DEMO_EMPLOYEE_EMAIL} or ${DEMO_ADMIN_EMAIL}, password ${DEMO_PASSWORD}.`,
    );
    return 0;
  } finally {
    await database.stop();
  }
}

// Run only as a command, not when the app's start imports seedDemoData from here. An
// explicit exit, because the embedded database's exit hooks would otherwise report 0.
const invokedPath = process.argv[1];
if (invokedPath && import.meta.url === pathToFileURL(path.resolve(invokedPath)).href) {
  process.exit(await main());
}
