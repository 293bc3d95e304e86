import 'server-only';
/**
 * The program's invitations to mentors and coaches from outside, as their own group: those its
 * members sent as protégés (scope.ts), and the relationships they started (OUTSIDE requests).
 * One aggregate query, like every figure of the dashboard.
 */
import type { OutsideGroup } from '@/lib/core/programs/health/types';
import { db } from '../../db';
import { memberIds } from './scope';

const NOTHING: OutsideGroup = {
  invited: 0,
  waiting: 0,
  declined: 0,
  expired: 0,
  withdrawn: 0,
  started: 0,
  underWay: 0,
  ended: 0,
};

export async function countOutside(programId: string, now: Date): Promise<OutsideGroup> {
  const [row] = await db.$queryRaw<OutsideGroup[]>`
    WITH sent AS (
      SELECT "status", "expiresAt" FROM "OutsideInvitation"
      WHERE "protegeId" IN (${memberIds(programId)})
    ), started AS (
      SELECT r."state" FROM "Relationship" r
      JOIN "ConnectionRequest" c ON c."id" = r."requestId" AND c."origin" = 'OUTSIDE'
      WHERE r."protegeId" IN (${memberIds(programId)})
    )
    SELECT
      (SELECT count(*) FROM sent)::int AS "invited",
      (SELECT count(*) FROM sent WHERE "status" = 'OPEN' AND "expiresAt" > ${now})::int
        AS "waiting",
      (SELECT count(*) FROM sent WHERE "status" = 'DECLINED')::int AS "declined",
      (SELECT count(*) FROM sent WHERE "status" = 'EXPIRED'
        OR ("status" = 'OPEN' AND "expiresAt" <= ${now}))::int AS "expired",
      (SELECT count(*) FROM sent WHERE "status" = 'WITHDRAWN')::int AS "withdrawn",
      (SELECT count(*) FROM sent WHERE "status" = 'ACCEPTED')::int AS "started",
      (SELECT count(*) FROM started WHERE "state" IN ('INTRO', 'ACTIVE'))::int AS "underWay",
      (SELECT count(*) FROM started WHERE "state" = 'ENDED')::int AS "ended"`;
  return row ?? NOTHING;
}
