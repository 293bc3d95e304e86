/**
 * Makes a race certain instead of likely: one transaction holds a row locked while the calls
 * under test start and queue up behind it, and only once the database shows them all waiting
 * is it let go, so they all go on together. Test-only.
 */
import { db } from '@/lib/server/db';

export async function holdProgramRow(programId: string) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let locked!: () => void;
  const isLocked = new Promise<void>((resolve) => (locked = resolve));
  const holder = db.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT 1 FROM "Program" WHERE "id" = ${programId} FOR UPDATE`;
      locked();
      await released;
    },
    { timeout: 60_000 },
  );
  await isLocked;
  return {
    /** Waits until `count` other sessions wait for a lock, then lets the row go. */
    async releaseOnceWaiting(count: number) {
      for (;;) {
        const [row] = await db.$queryRaw<{ waiting: number }[]>`
          SELECT count(*)::int AS "waiting" FROM pg_stat_activity
          WHERE "datname" = current_database() AND "wait_event_type" = 'Lock'`;
        if (row!.waiting >= count) break;
        await new Promise((resolve) => setImmediate(resolve));
      }
      release();
      await holder;
    },
  };
}
