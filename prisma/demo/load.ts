/**
 * Writes generated demo data with the Prisma client, in one transaction (so a failed load
 * leaves nothing behind and "the admin exists" reliably means "everything is loaded"),
 * parents before children, in chunks (see bulk-insert.ts). Profiles carry their manager's
 * id at once: managers are Users, and every user is written before any profile.
 */
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { hashPassword } from '@/lib/server/auth/password';
import { DEMO_ADMIN_EMAIL, DEMO_PASSWORD } from './accounts';
import { insertRows } from './bulk-insert';
import type { DemoData } from './types';

/** 20,000 people load in seconds; the margin is for slow CI disks. */
const TRANSACTION_TIMEOUT_MS = 5 * 60_000;

export type LoadCounts = Record<keyof DemoData, number>;

/**
 * The rows as the generated client types them: if the schema and the demo types drift
 * apart, this stops compiling instead of failing at load time.
 */
function asCreateInputs(data: DemoData, passwordHash: string) {
  const users: Prisma.UserCreateManyInput[] = data.users.map((user) => ({ ...user, passwordHash }));
  const organisations: Prisma.OrganisationCreateManyInput[] = data.organisations;
  const functions: Prisma.FunctionCreateManyInput[] = data.functions;
  const profiles: Prisma.ProfileCreateManyInput[] = data.profiles;
  const experiences: Prisma.ExperienceCreateManyInput[] = data.experiences;
  const goals: Prisma.GoalCreateManyInput[] = data.goals;
  return { organisations, functions, users, profiles, experiences, goals };
}

export async function loadDemoData(prisma: PrismaClient, data: DemoData): Promise<LoadCounts> {
  // One hash for every demo account: argon2 costs ~50 ms, which is 17 minutes for 20,000.
  const rows = asCreateInputs(data, await hashPassword(DEMO_PASSWORD));
  return prisma.$transaction(
    async (tx) => ({
      organisations: await insertRows(tx, 'Organisation', rows.organisations),
      functions: await insertRows(tx, 'Function', rows.functions),
      users: await insertRows(tx, 'User', rows.users, ['updatedAt']),
      profiles: await insertRows(tx, 'Profile', rows.profiles, ['updatedAt']),
      experiences: await insertRows(tx, 'Experience', rows.experiences),
      goals: await insertRows(tx, 'Goal', rows.goals, ['updatedAt']),
    }),
    { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 30_000 },
  );
}

/** The first-start check: the admin is written in the same transaction as everything else. */
export async function isDemoDataLoaded(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.user.count({ where: { email: DEMO_ADMIN_EMAIL } })) > 0;
}
