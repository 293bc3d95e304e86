import 'server-only';
/** Check-in ratings (1-5) of the relationships in scope, as a mean per week (weeks start Monday, UTC). */
import { db } from '../../db';
import { fillWeeks, oneDecimal } from '@/lib/core/programs/health/bins';
import { memberIds } from './scope';
import type { RatingWeek } from '@/lib/core/programs/health/types';

export async function rateByWeek(programId: string): Promise<RatingWeek[]> {
  const rows = await db.$queryRaw<{ week: Date; meanRating: number; checkIns: number }[]>`
    SELECT date_trunc('week', ci."createdAt") AS "week",
      avg(ci."rating")::float8 AS "meanRating", count(*)::int AS "checkIns"
    FROM "CheckIn" ci JOIN "Relationship" r ON r."id" = ci."relationshipId"
    WHERE r."protegeId" IN (${memberIds(programId)})
    GROUP BY 1 ORDER BY 1`;
  return fillWeeks(rows.map((r) => ({ ...r, meanRating: oneDecimal(r.meanRating) })));
}
