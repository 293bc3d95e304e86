import 'server-only';
/**
 * How many relationships (every one started, whatever its state now) cross a function or an
 * organisation: the outside perspective the product sets out to encourage.
 */
import { db } from '../../db';
import { memberIds } from './scope';
import type { CrossPairs } from '@/lib/core/programs/health/types';

export async function countCrossPairs(programId: string): Promise<CrossPairs> {
  const [row] = await db.$queryRaw<CrossPairs[]>`
    SELECT count(*)::int AS "relationships",
      count(*) FILTER (WHERE pp."functionId" <> sp."functionId")::int AS "crossFunction",
      count(*) FILTER (WHERE pp."organisationId" <> sp."organisationId")::int AS "crossOrganisation"
    FROM "Relationship" r
    LEFT JOIN "Profile" pp ON pp."userId" = r."protegeId"
    LEFT JOIN "Profile" sp ON sp."userId" = r."supporterId"
    WHERE r."protegeId" IN (${memberIds(programId)})`;
  return row ?? { relationships: 0, crossFunction: 0, crossOrganisation: 0 };
}
