import 'server-only';
/**
 * Whether this web process can serve: the database answers, every migration in the release
 * is applied, and a worker has been seen lately (else matching runs, e-mails and expiry would
 * silently wait). What `/api/ready` answers; a load balancer sends traffic only when all hold.
 */
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { db } from '../db';
import { HEARTBEAT_EVERY_MS } from '../jobs/heartbeat';

/** Three missed beats and the worker counts as gone. */
const WORKER_GONE_AFTER_MS = 3 * HEARTBEAT_EVERY_MS;

export type Check = 'ok' | 'failing' | 'not checked';

export interface Readiness {
  ready: boolean;
  checks: { database: Check; migrations: Check; worker: Check };
}

/** The migrations shipped with this release; none when the folder was not shipped. */
async function shippedMigrations(): Promise<string[] | null> {
  const folder = path.join(process.cwd(), 'prisma', 'migrations');
  if (!existsSync(folder)) return null;
  const entries = await readdir(folder, { withFileTypes: true });
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
}

export async function checkReadiness(now = new Date()): Promise<Readiness> {
  try {
    const [applied, shipped, worker] = await Promise.all([
      db.$queryRaw<{ name: string }[]>`
        SELECT migration_name AS name FROM _prisma_migrations
        WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      shippedMigrations(),
      db.workerHeartbeat.findFirst({
        where: { seenAt: { gte: new Date(now.getTime() - WORKER_GONE_AFTER_MS) } },
        select: { id: true },
      }),
    ]);
    const done = new Set(applied.map((row) => row.name));
    const migrations: Check =
      shipped === null ? 'not checked' : shipped.every((name) => done.has(name)) ? 'ok' : 'failing';
    const checks = { database: 'ok', migrations, worker: worker ? 'ok' : 'failing' } as const;
    return { ready: migrations !== 'failing' && checks.worker === 'ok', checks };
  } catch {
    return {
      ready: false,
      checks: { database: 'failing', migrations: 'not checked', worker: 'not checked' },
    };
  }
}
