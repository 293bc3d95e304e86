import 'server-only';
/**
 * The one Prisma client of a server process. Password hashes are omitted from every query
 * unless a query asks for them by name, so they cannot leak into a page by accident.
 */
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { env } from './env';

function createClient() {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: env().DATABASE_URL }),
    omit: { user: { passwordHash: true } },
  });
}

export type Db = ReturnType<typeof createClient>;

// Hot reloading in development re-evaluates modules; keep one pool across reloads.
const holder = globalThis as unknown as { prisma?: Db };
export const db: Db = holder.prisma ?? createClient();
if (process.env.NODE_ENV !== 'production') holder.prisma = db;
