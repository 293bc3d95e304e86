import 'server-only';
/**
 * How long people wait for a yes: from a request's sending to its acceptance (for a program
 * invitation, to the second of the two yeses), over the accepted requests in scope.
 */
import { db } from '../../db';
import { binDays, DAY_BINS, oneDecimal } from '@/lib/core/programs/health/bins';
import { memberIds } from './scope';
import type { TimeToAccept } from '@/lib/core/programs/health/types';

// Days beyond the last bin's start all land in it; grouping stops there to keep rows few.
const LAST_DAY = DAY_BINS.at(-1)?.from ?? 14;

export async function measureTimeToAccept(programId: string): Promise<TimeToAccept> {
  const rows = await db.$queryRaw<{ day: number; count: number; median: number | null }[]>`
    WITH waits AS (
      SELECT (extract(epoch FROM (c."respondedAt" - c."createdAt")) / 86400.0)::float8 AS "days"
      FROM "ConnectionRequest" c
      WHERE c."status" = 'ACCEPTED' AND c."respondedAt" IS NOT NULL
        AND c."protegeId" IN (${memberIds(programId)})
    )
    SELECT least(floor("days"), ${LAST_DAY}::int)::int AS "day", count(*)::int AS "count",
      (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY "days") FROM waits)::float8 AS "median"
    FROM waits GROUP BY 1 ORDER BY 1`;
  const median = rows[0]?.median;
  return {
    accepted: rows.reduce((sum, r) => sum + r.count, 0),
    medianDays: median == null ? null : oneDecimal(median),
    bins: binDays(rows),
  };
}
