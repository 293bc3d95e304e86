/**
 * Writes generated demo data with the Prisma client, in one transaction (so a failed load
 * leaves nothing behind and "the admin exists" reliably means "everything is loaded"),
 * parents before children, in chunks (see bulk-insert.ts). Profiles carry their manager's
 * id at once: managers are Users, and every user is written before any profile.
 */
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { hashPassword } from '@/lib/node/password';
import { DEFAULT_FIT_WEIGHTS } from '@/lib/core/matching/fit';
import { DEMO_ADMIN_EMAIL, DEMO_PASSWORD, DEMO_PROGRAM_NAME } from './accounts';
import { insertRows } from './bulk-insert';
import type { DemoData } from './types';

/** 20,000 people load in seconds; the margin is for slow CI disks. */
const TRANSACTION_TIMEOUT_MS = 5 * 60_000;
const MEMBER_CHUNK = 5000;

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
    async (tx) => {
      const counts = {
        organisations: await insertRows(tx, 'Organisation', rows.organisations),
        functions: await insertRows(tx, 'Function', rows.functions),
        users: await insertRows(tx, 'User', rows.users, ['updatedAt']),
        profiles: await insertRows(tx, 'Profile', rows.profiles, ['updatedAt']),
        experiences: await insertRows(tx, 'Experience', rows.experiences),
        goals: await insertRows(tx, 'Goal', rows.goals, ['updatedAt']),
      };
      await enrolDemoProgram(tx, data);
      return counts;
    },
    { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 30_000 },
  );
}

/** One program holding every demo person, run by the demo admin: matching runs work at once. */
async function enrolDemoProgram(tx: Prisma.TransactionClient, data: DemoData): Promise<void> {
  const admin = data.users.find((user) => user.email === DEMO_ADMIN_EMAIL);
  const program = await tx.program.create({
    data: {
      name: DEMO_PROGRAM_NAME,
      description: 'Every demo person, across all demo organisations.',
      weights: { ...DEFAULT_FIT_WEIGHTS },
      admins: admin ? { create: { userId: admin.id } } : undefined,
      organisations: {
        create: data.organisations.map((organisation) => ({ organisationId: organisation.id })),
      },
    },
    select: { id: true },
  });
  const members = data.users.map((user) => ({ programId: program.id, userId: user.id }));
  for (let at = 0; at < members.length; at += MEMBER_CHUNK)
    await tx.programMember.createMany({ data: members.slice(at, at + MEMBER_CHUNK) });
}

/** The first-start check: the admin is written in the same transaction as everything else. */
export async function isDemoDataLoaded(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.user.count({ where: { email: DEMO_ADMIN_EMAIL } })) > 0;
}
