import 'server-only';
/**
 * Transactions of the connection flow. Rules that count rows (a protégé's open requests, a
 * supporter's free places) hold under concurrency because each transaction first locks the
 * one row every competing transaction must also lock: the protégé's user row when sending, the
 * supporter's profile row when accepting. Competitors wait, then count what the winner wrote.
 *
 * Two habits keep the waiting from turning into deadlocks, which people would see as
 * "Something went wrong":
 * - One order for locks everywhere: the protégé's user row, then the supporter's profile row,
 *   then the request. And the lock is FOR NO KEY UPDATE, which a foreign key's check (FOR KEY
 *   SHARE, taken when a row pointing at a user is written) does not wait for; a plain
 *   FOR UPDATE on a user row made two people asking each other at once wait for each other.
 * - What still collides (PostgreSQL's serialisation failure 40001 or deadlock 40P01, Prisma's
 *   P2034) is run again from the start, a few times, so each caller ends with "done" or with
 *   the plain reason the rules give once the other transaction has won.
 */
import type { Prisma } from '@/lib/generated/prisma/client';
import { db } from '../db';

export type Tx = Prisma.TransactionClient;

const ATTEMPTS = 5;
const CONFLICT_CODES = new Set(['40001', '40P01']);

/** True for the errors PostgreSQL asks a client to answer by running the transaction again. */
export function isWriteConflict(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, meta } = error as { code?: unknown; meta?: Record<string, unknown> };
  if (code === 'P2034') return true;
  // Raw queries (our locks) report the database's own code beside Prisma's P2010.
  const cause = (meta?.driverAdapterError as { cause?: { kind?: string; originalCode?: string } })
    ?.cause;
  return (
    cause?.kind === 'TransactionWriteConflict' || CONFLICT_CODES.has(cause?.originalCode ?? '')
  );
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function inTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.$transaction(work, { timeout: 15_000, maxWait: 15_000 });
    } catch (error) {
      if (attempt >= ATTEMPTS || !isWriteConflict(error)) throw error;
      // A short, random wait, so the transactions that collided do not collide again.
      await pause(Math.random() * 20 * attempt);
    }
  }
}

export async function lockUser(tx: Tx, userId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "User" WHERE "id" = ${userId} FOR NO KEY UPDATE`;
}

export async function lockProfile(tx: Tx, userId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "Profile" WHERE "userId" = ${userId} FOR NO KEY UPDATE`;
}
