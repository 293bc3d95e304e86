/**
 * The warm-up a web process starts (instrumentation.ts) leaves the pool built, so the first
 * goal page only checks that it is current; and a warm-up that fails is logged and resolves,
 * so it cannot stop the server.
 */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createPrismaClient } from '@/lib/node/prisma-client';
import { installRecordingClient } from '@/scripts/explain/capture';

// Installed before the server modules load, so lib/server/db.ts takes it as its client.
const recorder = installRecordingClient(process.env.DATABASE_URL!);
const { createLogger } = await import('../log/logger');
const { createSupporter } = await import('@/test/db/connections');
const { forgetSupporterPool, supporterPool } = await import('./supporter-pool');
const { warmSupporterPool } = await import('./warm-pool');

/** A logger writing into memory, and the lines it wrote. */
function capture() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean))
        lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { logger: createLogger({ level: 'info', destination }), lines };
}

const readsProfiles = (sql: string) => sql.includes('"Profile"');

describe('warming the supporter pool', () => {
  it('builds the pool, so the next use reads no profiles', async () => {
    const supporter = await createSupporter(2, 'MENTORING');
    forgetSupporterPool();
    const { logger, lines } = capture();

    const warming = await recorder.record(() => warmSupporterPool({ logger }));
    expect(warming.some((query) => readsProfiles(query.sql))).toBe(true);
    expect(lines).toMatchObject([{ level: 30, msg: 'supporter pool warmed' }]);

    let pool: Awaited<ReturnType<typeof supporterPool>> | undefined;
    const next = await recorder.record(async () => (pool = await supporterPool()));
    expect(next.filter((query) => readsProfiles(query.sql))).toEqual([]);
    expect(next).toHaveLength(1); // the change check alone
    expect(pool?.cards.has(supporter.id)).toBe(true);
  });

  it('resolves and logs when the database cannot be reached', async () => {
    const unreachable = createPrismaClient('postgresql://nobody:nothing@127.0.0.1:1/none');
    const { logger, lines } = capture();
    try {
      await expect(
        warmSupporterPool({ load: () => unreachable.profile.count(), logger }),
      ).resolves.toBeUndefined();
    } finally {
      await unreachable.$disconnect();
    }
    expect(lines).toMatchObject([
      { level: 40, msg: 'supporter pool not warmed; the first goal page will build it' },
    ]);
    expect(lines[0]?.err).toBeDefined();
  });

  it('resolves and logs when the warm-up throws', async () => {
    const { logger, lines } = capture();
    await expect(
      warmSupporterPool({
        load: () => Promise.reject(new Error('pool build failed')),
        logger,
      }),
    ).resolves.toBeUndefined();
    expect(lines).toMatchObject([{ level: 40, err: { message: 'pool build failed' } }]);
  });
});
