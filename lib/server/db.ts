import 'server-only';
/** The one Prisma client of a server process. */
import { env } from './env';
import { createPrismaClient, type Db } from '../node/prisma-client';

export type { Db };

// Hot reloading in development re-evaluates modules; keep one pool across reloads.
const holder = globalThis as unknown as { prisma?: Db };
export const db: Db = holder.prisma ?? createPrismaClient(env().DATABASE_URL);
if (process.env.NODE_ENV !== 'production') holder.prisma = db;
