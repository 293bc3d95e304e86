import 'server-only';
/** The one Prisma client of a server process. */
import { env } from './env';
import { createPrismaClient, type Db } from '../node/prisma-client';

export type { Db };

// One pool per process, kept on globalThis: hot reloading in development re-evaluates modules,
// and a production build holds this module twice (the instrumentation chunk that warms the
// supporter pool, and the pages'), which would otherwise open two pools.
const holder = globalThis as unknown as { prisma?: Db };
export const db: Db = (holder.prisma ??= createPrismaClient(env().DATABASE_URL));
