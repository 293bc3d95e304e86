/**
 * A Prisma client that records every query it sends, installed as the server's one client
 * (lib/server/db.ts reuses `globalThis.prisma` outside production) so that the server
 * functions a page calls run unchanged and their SQL can be counted and explained.
 */
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';

export interface CapturedQuery {
  sql: string;
  params: unknown[];
}

export function installRecordingClient(connectionString: string) {
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString }),
    omit: { user: { passwordHash: true } },
    log: [{ emit: 'event', level: 'query' }],
  });
  let recording: CapturedQuery[] | null = null;
  client.$on('query', (event) => {
    if (!recording) return;
    recording.push({ sql: event.query, params: parseParams(event.params) });
  });
  (globalThis as unknown as { prisma?: unknown }).prisma = client;
  return {
    client,
    /** The queries `work` sent, in order (transaction control statements included). */
    async record(work: () => Promise<unknown>): Promise<CapturedQuery[]> {
      const queries: CapturedQuery[] = [];
      recording = queries;
      try {
        await work();
      } finally {
        recording = null;
      }
      return queries;
    },
  };
}

function parseParams(text: string): unknown[] {
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
}

/** BEGIN, COMMIT and the like: counted as round trips, never explained. */
export function isStatement(sql: string): boolean {
  return !/^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|SET|DEALLOCATE)\b/i.test(sql);
}
