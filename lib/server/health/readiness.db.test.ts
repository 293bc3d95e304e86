import { describe, expect, it } from 'vitest';
import { db } from '../db';
import { startWorker } from '../jobs/worker';
import { checkReadiness } from './readiness';

describe('readiness', () => {
  it('waits for a worker, counts a fresh one, and forgets one that stopped', async () => {
    await db.workerHeartbeat.deleteMany();
    expect(await checkReadiness()).toEqual({
      ready: false,
      checks: { database: 'ok', migrations: 'ok', worker: 'failing' },
    });

    const boss = await startWorker(process.env.DATABASE_URL!, { schedule: false });
    try {
      await expect.poll(async () => (await checkReadiness()).ready, { timeout: 10_000 }).toBe(true);
      // Three missed half-minute beats later, the same worker no longer counts.
      const later = new Date(Date.now() + 100_000);
      expect((await checkReadiness(later)).checks.worker).toBe('failing');
    } finally {
      await boss.stop({ graceful: false, timeout: 1_000 });
    }
    await expect
      .poll(async () => (await checkReadiness()).checks.worker, { timeout: 10_000 })
      .toBe('failing');
  });

  it('is not ready while a migration of this release is not applied', async () => {
    await db.workerHeartbeat.create({ data: { id: 'test-worker' } });
    const [last] = await db.$queryRaw<{ id: string }[]>`
      SELECT id FROM _prisma_migrations ORDER BY migration_name DESC LIMIT 1`;
    await db.$executeRaw`UPDATE _prisma_migrations SET finished_at = NULL WHERE id = ${last!.id}`;
    try {
      expect(await checkReadiness()).toEqual({
        ready: false,
        checks: { database: 'ok', migrations: 'failing', worker: 'ok' },
      });
    } finally {
      await db.$executeRaw`UPDATE _prisma_migrations SET finished_at = now() WHERE id = ${last!.id}`;
      await db.workerHeartbeat.deleteMany({ where: { id: 'test-worker' } });
    }
  });
});
