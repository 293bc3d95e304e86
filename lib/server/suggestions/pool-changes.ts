import 'server-only';
/**
 * Keeping SuggestionPoolChange short: a change older than a day has been read by every running
 * server process (each reads the new ones on its next suggestion page), and a process further
 * behind than the oldest kept change rebuilds its pool whole (supporter-pool.ts). The newest
 * change is always kept, so a quiet database does not make every process rebuild.
 */
import { db } from '../db';

export const POOL_CHANGES_KEPT_MS = 24 * 60 * 60_000;

/** Deletes changes older than a day but the newest; returns how many went. */
export async function trimPoolChanges(now: Date = new Date()): Promise<number> {
  const newest = await db.suggestionPoolChange.findFirst({
    orderBy: { id: 'desc' },
    select: { id: true },
  });
  if (!newest) return 0;
  const { count } = await db.suggestionPoolChange.deleteMany({
    where: { at: { lt: new Date(now.getTime() - POOL_CHANGES_KEPT_MS) }, id: { lt: newest.id } },
  });
  return count;
}
