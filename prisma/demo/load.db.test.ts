/**
 * Loads demo data into a real PostgreSQL: the file's own database, which it may fill with fixed
 * names and reset at will because no other file sees it (test/db/database-per-file.ts).
 */
import { PrismaPg } from '@prisma/adapter-pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { verifyPassword } from '@/lib/node/password';
import {
  DEMO_ADMIN_EMAIL,
  DEMO_EMPLOYEE_EMAIL,
  DEMO_PASSWORD,
  DEMO_PROGRAM_NAME,
} from './accounts';
import { generateDemoData } from './generate';
import { isDemoDataLoaded, loadDemoData } from './load';
import { seedDemoData } from './seed-database';

const PEOPLE = 300;
const url = process.env.DATABASE_URL!;
let prisma: PrismaClient;

beforeAll(() => {
  prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
});
afterAll(() => prisma?.$disconnect());

const counts = async () => ({
  users: await prisma.user.count(),
  profiles: await prisma.profile.count(),
  experiences: await prisma.experience.count(),
  goals: await prisma.goal.count(),
});

describe('loading demo data', () => {
  it('loads an empty database, and says so afterwards', async () => {
    expect(await isDemoDataLoaded(prisma)).toBe(false);
    const result = await seedDemoData(url, { people: PEOPLE, seed: 1, referenceYear: 2026 });
    expect(result.status).toBe('loaded');
    const expected = generateDemoData({ seed: 1, people: PEOPLE, referenceYear: 2026 });
    expect(await counts()).toEqual({
      users: PEOPLE + 1,
      profiles: PEOPLE,
      experiences: expected.experiences.length,
      goals: expected.goals.length,
    });
    expect(await prisma.organisation.count()).toBe(4);
    expect(await isDemoDataLoaded(prisma)).toBe(true);
  });

  it('wires the demo employee to a manager, an organisation, a career and goals', async () => {
    const employee = await prisma.user.findUniqueOrThrow({
      where: { email: DEMO_EMPLOYEE_EMAIL },
      include: {
        profile: {
          include: { organisation: true, function: true, manager: { include: { profile: true } } },
        },
        experiences: { orderBy: { startYear: 'asc' } },
        goals: true,
      },
    });
    expect(employee.profile?.function.name).toBe('Engineering');
    expect(employee.profile?.manager?.profile?.organisationId).toBe(
      employee.profile?.organisationId,
    );
    expect(employee.profile?.manager?.profile?.level).toBeGreaterThan(employee.profile?.level ?? 8);
    expect(employee.experiences.at(-1)?.endYear).toBeNull();
    expect(employee.goals[0]?.needs).toContain('navigate-path');

    const reports = await prisma.profile.count({
      where: { managerId: employee.profile?.managerId ?? '' },
    });
    expect(reports).toBeGreaterThanOrEqual(1);
    const admin = await prisma.user.findUniqueOrThrow({
      where: { email: DEMO_ADMIN_EMAIL },
      include: { profile: true },
    });
    expect(admin.isPlatformAdmin).toBe(true);
    expect(admin.profile).toBeNull();
  });

  it('enrols everyone in one demo program run by the demo admin', async () => {
    const program = await prisma.program.findUniqueOrThrow({
      where: { name: DEMO_PROGRAM_NAME },
      include: { admins: { include: { user: true } }, _count: { select: { members: true } } },
    });
    expect(program.admins.map((admin) => admin.user.email)).toEqual([DEMO_ADMIN_EMAIL]);
    expect(program._count.members).toBe(await prisma.user.count());
  });

  it('gives every account the one demo password', async () => {
    const hashes = await prisma.user.findMany({
      select: { passwordHash: true },
      distinct: ['passwordHash'],
    });
    expect(hashes).toHaveLength(1);
    expect(await verifyPassword(hashes[0]?.passwordHash ?? '', DEMO_PASSWORD)).toBe(true);
  });

  it('skips a second seed, and a failed load leaves nothing behind', async () => {
    const before = await counts();
    expect((await seedDemoData(url, { people: PEOPLE, seed: 1 })).status).toBe('skipped');
    await expect(
      loadDemoData(prisma, generateDemoData({ seed: 1, people: PEOPLE })),
    ).rejects.toThrow();
    expect(await counts()).toEqual(before);
  });

  it('refuses a database with other users unless reset, and resets only a local one', async () => {
    await prisma.user.delete({ where: { email: DEMO_ADMIN_EMAIL } });
    expect((await seedDemoData(url, { people: PEOPLE, seed: 2 })).status).toBe('refused');
    expect(
      (await seedDemoData('postgresql://u:p@db.example.com:5432/prod', { reset: true })).status,
    ).toBe('refused');

    const result = await seedDemoData(url, { people: 50, seed: 2, reset: true });
    expect(result.status).toBe('loaded');
    expect(await prisma.profile.count()).toBe(50);
    expect(await isDemoDataLoaded(prisma)).toBe(true);
  });
});
