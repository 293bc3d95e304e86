/**
 * The connections a server process keeps for its whole life (lib/server/db.ts,
 * lib/server/rate-limit.ts, lib/server/jobs/queue.ts keep them on globalThis so that hot
 * reloading does not open new pools). A test file's database is dropped when the file ends,
 * so they are closed first and forgotten: a worker that runs another file next must connect
 * afresh, to that file's database, instead of reusing a pool on a database that is gone.
 */
interface CachedClients {
  prisma?: { $disconnect(): Promise<void> };
  rateLimitPool?: { end(): Promise<void> };
  jobSender?: Promise<{ stop(options?: { graceful?: boolean }): Promise<void> }>;
}

const cached = globalThis as CachedClients;

export function hasCachedClients(): boolean {
  return Boolean(cached.prisma || cached.rateLimitPool || cached.jobSender);
}

export async function closeCachedClients(): Promise<void> {
  const { prisma, rateLimitPool, jobSender } = cached;
  delete cached.prisma;
  delete cached.rateLimitPool;
  delete cached.jobSender;
  await Promise.all([
    prisma?.$disconnect(),
    rateLimitPool?.end(),
    jobSender?.then((boss) => boss.stop({ graceful: false })),
  ]);
}
