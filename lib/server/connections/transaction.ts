import 'server-only';
/**
 * Transactions of the connection flow. Rules that count rows (a protégé's open requests, a
 * supporter's free places) hold under concurrency because each transaction first locks the
 * one row every competing transaction must also lock: the protégé's user row when sending, the
 * supporter's profile row when accepting. Competitors wait, then count what the winner wrote.
 */
import type { Prisma } from '@/lib/generated/prisma/client';
import { db } from '../db';

export type Tx = Prisma.TransactionClient;

export function inTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.$transaction(work, { timeout: 15_000, maxWait: 15_000 });
}

export async function lockUser(tx: Tx, userId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "User" WHERE "id" = ${userId} FOR UPDATE`;
}

export async function lockProfile(tx: Tx, userId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "Profile" WHERE "userId" = ${userId} FOR UPDATE`;
}
