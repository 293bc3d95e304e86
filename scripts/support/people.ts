/**
 * People factories for tests and the load test: every caller makes its own people with unique
 * e-mails, so tests run in any order and in parallel. They take the Prisma client as an
 * argument because browser tests and the load test run outside the app's process.
 */
import { randomUUID } from 'node:crypto';
import { hashPassword } from '@/lib/node/password';
import type { Db } from '@/lib/node/prisma-client';

export const TEST_PASSWORD = 'correct horse battery staple';
let hashed: Promise<string> | undefined;

type Client = Pick<Db, 'user' | 'organisation' | 'function' | 'profile' | 'goal'>;

export async function createTestUser(
  prisma: Client,
  overrides: { name?: string; email?: string } = {},
) {
  hashed ??= hashPassword(TEST_PASSWORD);
  const tag = randomUUID().slice(0, 8);
  const user = await prisma.user.create({
    data: {
      name: overrides.name ?? `Test Person ${tag}`,
      email: overrides.email ?? `person-${tag}@example.test`,
      passwordHash: await hashed,
    },
    select: { id: true, name: true, email: true, isPlatformAdmin: true },
  });
  return { ...user, password: TEST_PASSWORD };
}

export async function createTestProfile(
  prisma: Client,
  userId: string,
  overrides: {
    managerId?: string | null;
    jobTitle?: string;
    offers?: 'NONE' | 'MENTORING' | 'COACHING' | 'BOTH';
    capacity?: number;
    coachingAreas?: string[];
    level?: number;
    functionName?: string;
    organisationName?: string;
  } = {},
) {
  const organisationName = overrides.organisationName ?? 'Test Org';
  const organisation = await prisma.organisation.upsert({
    where: { name: organisationName },
    create: { name: organisationName },
    update: {},
  });
  const functionName = overrides.functionName ?? 'Testing';
  const fn = await prisma.function.upsert({
    where: { name: functionName },
    create: { name: functionName },
    update: {},
  });
  return prisma.profile.create({
    data: {
      userId,
      organisationId: organisation.id,
      functionId: fn.id,
      jobTitle: overrides.jobTitle ?? 'Analyst',
      level: overrides.level ?? 3,
      yearsExperience: 4,
      country: 'FR',
      timezone: 'Europe/Paris',
      languages: ['en', 'fr'],
      skills: ['analysis'],
      managerId: overrides.managerId ?? null,
      offers: overrides.offers ?? 'NONE',
      capacity: overrides.capacity ?? 0,
      coachingAreas: overrides.coachingAreas ?? [],
    },
  });
}

export async function createTestGoal(
  prisma: Client,
  userId: string,
  statement = 'I want to lead a finance team within two years.',
) {
  return prisma.goal.create({ data: { userId, statement, needs: [] } });
}
