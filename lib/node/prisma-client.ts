/**
 * How every Prisma client of the project is made, so that the app, the test fixtures and the
 * scripts share one configuration: password hashes are omitted from every query unless a
 * query asks for them by name, so they cannot leak into a page by accident.
 */
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';

export function createPrismaClient(connectionString: string) {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString }),
    omit: { user: { passwordHash: true } },
  });
}

export type Db = ReturnType<typeof createPrismaClient>;
