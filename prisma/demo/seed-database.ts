/**
 * The core of `npm run db:seed`, also what the app's first start calls: generate the demo
 * people and load them, unless the database already holds them (skipped) or holds other
 * users (refused, so demo data never mixes with real accounts). `reset` empties a local
 * database first. Migrations are the caller's job: both callers apply them already.
 */
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { generateDemoData } from './generate';
import { isDemoDataLoaded, loadDemoData, type LoadCounts } from './load';
import { isLocalDatabaseUrl } from '@/scripts/db/local-database';
import { truncateAllTables } from './reset';

export const DEFAULT_DEMO_PEOPLE = 300;
export const DEFAULT_DEMO_SEED = 2026;

export interface SeedOptions {
  people?: number;
  seed?: number;
  /** Empty every table first; refused unless the database is on this machine. */
  reset?: boolean;
  /** Defaults to the current year, so careers end now. */
  referenceYear?: number;
}

export type SeedResult =
  | {
      status: 'loaded';
      counts: LoadCounts;
      /** People offering mentoring (alone or with coaching), and coaching. */
      helpers: { mentors: number; coaches: number };
      timings: { generateMs: number; loadMs: number; resetMs: number };
    }
  | { status: 'skipped'; reason: string }
  | { status: 'refused'; reason: string };

export async function seedDemoData(url: string, options: SeedOptions = {}): Promise<SeedResult> {
  if (options.reset && !isLocalDatabaseUrl(url)) {
    return {
      status: 'refused',
      reason: 'Refusing to reset a database that is not on this machine.',
    };
  }
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    let resetMs = 0;
    if (options.reset) {
      const started = performance.now();
      await truncateAllTables(prisma);
      resetMs = performance.now() - started;
    } else {
      if (await isDemoDataLoaded(prisma))
        return { status: 'skipped', reason: 'The demo data is already loaded.' };
      const users = await prisma.user.count();
      if (users > 0) {
        return {
          status: 'refused',
          reason: `The database already has ${users} user${users === 1 ? '' : 's'}; demo data goes only into an empty one (use --reset on a local database).`,
        };
      }
    }

    const generating = performance.now();
    const data = generateDemoData({
      people: options.people ?? DEFAULT_DEMO_PEOPLE,
      seed: options.seed ?? DEFAULT_DEMO_SEED,
      referenceYear: options.referenceYear ?? new Date().getUTCFullYear(),
    });
    const loading = performance.now();
    const counts = await loadDemoData(prisma, data);
    // A bulk load outruns autovacuum's statistics: without them the planner takes the tables for
    // nearly empty and picks plans that read them whole (/help's window, 20x slower).
    await prisma.$executeRawUnsafe('ANALYZE');
    const offering = (kind: 'MENTORING' | 'COACHING') =>
      data.profiles.filter((profile) => profile.offers === kind || profile.offers === 'BOTH')
        .length;
    return {
      status: 'loaded',
      counts,
      helpers: { mentors: offering('MENTORING'), coaches: offering('COACHING') },
      timings: { generateMs: loading - generating, loadMs: performance.now() - loading, resetMs },
    };
  } finally {
    await prisma.$disconnect();
  }
}
