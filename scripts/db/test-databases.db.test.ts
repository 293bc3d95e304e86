/**
 * Each database test file works on a copy of the migrated template of its own
 * (test/db/database-per-file.ts): what one file writes, no other file's database holds.
 */
import { describe, expect, it } from 'vitest';
import { createPrismaClient } from '@/lib/node/prisma-client';
import { createTestUser } from '@/scripts/support/people';
import { copyDatabase, databaseName, TEMPLATE_VARIABLE } from './test-databases';

const url = process.env.DATABASE_URL!;
const template = process.env[TEMPLATE_VARIABLE]!;

async function userCount(databaseUrl: string) {
  const prisma = createPrismaClient(databaseUrl);
  try {
    return await prisma.user.count();
  } finally {
    await prisma.$disconnect();
  }
}

describe('a database per test file', () => {
  it('starts empty and migrated, and what it holds the next copy of the template does not', async () => {
    expect(databaseName(url)).not.toBe(databaseName(template));
    expect(await userCount(url)).toBe(0);

    const prisma = createPrismaClient(url);
    try {
      await createTestUser(prisma);
    } finally {
      await prisma.$disconnect();
    }
    expect(await userCount(url)).toBe(1);
    // A sibling of this file's database, so the file's clean-up drops it too.
    const next = await copyDatabase(template, `${databaseName(url)}_next`);
    expect(await userCount(next)).toBe(0);
  });

  it('is never made on a server elsewhere', async () => {
    await expect(
      copyDatabase('postgresql://u:p@db.example.com:5432/prod', 'prod_copy'),
    ).rejects.toThrow('db.example.com:5432 is not');
  });
});
