import 'server-only';
/**
 * How full the program's supporters are: each member who offers help, their relationships in
 * intro or under way (with anyone: capacity is per person) over their capacity, bucketed the
 * way `utilisationBucket` says.
 */
import { db } from '../../db';
import { binUtilisation } from '@/lib/core/programs/health/bins';
import type { Utilisation } from '@/lib/core/programs/health/types';

export async function measureUtilisation(programId: string): Promise<Utilisation> {
  const rows = await db.$queryRaw<
    { bucket: string; count: number; capacity: number; taken: number }[]
  >`
    WITH load AS (
      SELECT p."capacity",
        (SELECT count(*) FROM "Relationship" r
          WHERE r."supporterId" = pm."userId" AND r."state" IN ('INTRO', 'ACTIVE'))::int AS "taken"
      FROM "ProgramMember" pm JOIN "Profile" p ON p."userId" = pm."userId"
      WHERE pm."programId" = ${programId} AND p."offers" <> 'NONE'
    )
    SELECT CASE
        WHEN "capacity" <= 0 THEN 'NO_CAPACITY'
        WHEN "taken" = 0 THEN 'IDLE'
        WHEN "taken" * 2 < "capacity" THEN 'UNDER_HALF'
        WHEN "taken" < "capacity" THEN 'HALF_OR_MORE'
        WHEN "taken" = "capacity" THEN 'FULL'
        ELSE 'OVER'
      END AS "bucket",
      count(*)::int AS "count", sum("capacity")::int AS "capacity", sum("taken")::int AS "taken"
    FROM load GROUP BY 1`;
  return {
    supporters: rows.reduce((sum, r) => sum + r.count, 0),
    placesOffered: rows.reduce((sum, r) => sum + r.capacity, 0),
    placesTaken: rows.reduce((sum, r) => sum + r.taken, 0),
    bins: binUtilisation(rows),
  };
}
