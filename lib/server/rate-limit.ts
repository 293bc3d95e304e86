import 'server-only';
/**
 * Rate limits whose counters live in PostgreSQL (the `rate_limit` table, created by a
 * migration), so a limit holds across every app process sharing the database.
 */
import { log } from '@/lib/server/log/logger';
import pg from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { AppError } from './errors';
import { env } from './env';

const holder = globalThis as unknown as { rateLimitPool?: pg.Pool };
function pool(): pg.Pool {
  if (!holder.rateLimitPool) {
    holder.rateLimitPool = new pg.Pool({ connectionString: env().DATABASE_URL, max: 3 });
    // An idle connection the server ends (a restart, a failover) is dropped from the pool and
    // the next count opens a new one; unhandled, its error would stop the whole process.
    holder.rateLimitPool.on('error', (error) =>
      log.error({ err: error.message }, 'Rate-limit database connection lost'),
    );
  }
  return holder.rateLimitPool;
}

export interface LimitPolicy {
  name: string;
  points: number;
  durationSeconds: number;
}

const limiters = new Map<string, RateLimiterPostgres>();
function limiterFor(policy: LimitPolicy): RateLimiterPostgres {
  let limiter = limiters.get(policy.name);
  if (!limiter) {
    limiter = new RateLimiterPostgres({
      storeClient: pool(),
      tableName: 'rate_limit',
      tableCreated: true,
      keyPrefix: policy.name,
      points: policy.points,
      duration: policy.durationSeconds,
    });
    limiters.set(policy.name, limiter);
  }
  return limiter;
}

/** Spends one point for each key; throws RATE_LIMITED saying when to try again. */
export async function consume(policy: LimitPolicy, keys: string[], action: string): Promise<void> {
  try {
    await Promise.all(keys.map((key) => limiterFor(policy).consume(key)));
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    throw new AppError(
      'RATE_LIMITED',
      `Too many ${action}. Try again ${whenAgain(error.msBeforeNext)}.`,
    );
  }
}

/**
 * Spends one point on an attempt whose outcome is not known yet (throwing RATE_LIMITED as
 * `consume` does); `refund` gives it back when the attempt turns out not to count. Taking the
 * point first keeps parallel attempts from all slipping in under the limit.
 */
export async function reserve(
  policy: LimitPolicy,
  key: string,
  action: string,
): Promise<{ refund: () => Promise<void> }> {
  await consume(policy, [key], action);
  return {
    refund: async () => {
      await limiterFor(policy).reward(key, 1);
    },
  };
}

export async function reset(policy: LimitPolicy, key: string): Promise<void> {
  await limiterFor(policy).delete(key);
}

/** "in 12 seconds", "in a minute", "in 5 minutes". */
export function whenAgain(ms: number): string {
  const minutes = Math.ceil(ms / 60_000);
  if (ms < 60_000) return `in ${Math.max(1, Math.ceil(ms / 1000))} seconds`;
  return minutes === 1 ? 'in a minute' : `in ${minutes} minutes`;
}
