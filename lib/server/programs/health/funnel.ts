import 'server-only';
/**
 * From proposed to ended, each stage counted once for the program as it stands (never summed
 * over runs). "Proposed" is the latest finished run's proposals not rejected; every later stage
 * counts the requests and program invitations about members' goals by where they are now, then
 * the relationships they started. An ending counts as "after working together" once the
 * relationship had become active, and as "before it got going" when it ended from its intro.
 */
import { db } from '../../db';
import { memberIds } from './scope';
import type { Funnel } from '@/lib/core/programs/health/types';

const NOTHING: Funnel = {
  proposed: 0,
  asked: 0,
  waiting: 0,
  oneSideAccepted: 0,
  declined: 0,
  expired: 0,
  withdrawn: 0,
  accepted: 0,
  active: 0,
  endedAfterWorking: 0,
  endedEarly: 0,
};

export async function countFunnel(programId: string): Promise<Funnel> {
  const [row] = await db.$queryRaw<Funnel[]>`
    WITH latest AS (
      SELECT "id" FROM "MatchingRun" WHERE "programId" = ${programId} AND "status" = 'DONE'
      ORDER BY "createdAt" DESC LIMIT 1
    ), asked AS (
      SELECT * FROM "ConnectionRequest" WHERE "protegeId" IN (${memberIds(programId)})
    ), started AS (
      SELECT r.*, EXISTS (
        SELECT 1 FROM "RelationshipEvent" e WHERE e."relationshipId" = r."id" AND e."state" = 'ACTIVE'
      ) AS "worked"
      FROM "Relationship" r WHERE r."protegeId" IN (${memberIds(programId)})
    )
    SELECT
      (SELECT count(*) FROM "Proposal" p
        WHERE p."runId" IN (SELECT "id" FROM latest) AND p."status" <> 'REJECTED')::int AS "proposed",
      (SELECT count(*) FROM asked)::int AS "asked",
      (SELECT count(*) FROM asked WHERE "status" = 'OPEN'
        AND "protegeAcceptedAt" IS NULL AND "supporterAcceptedAt" IS NULL)::int AS "waiting",
      (SELECT count(*) FROM asked WHERE "status" = 'OPEN'
        AND ("protegeAcceptedAt" IS NOT NULL OR "supporterAcceptedAt" IS NOT NULL))::int
        AS "oneSideAccepted",
      (SELECT count(*) FROM asked WHERE "status" = 'DECLINED')::int AS "declined",
      (SELECT count(*) FROM asked WHERE "status" = 'EXPIRED')::int AS "expired",
      (SELECT count(*) FROM asked WHERE "status" = 'WITHDRAWN')::int AS "withdrawn",
      (SELECT count(*) FROM asked WHERE "status" = 'ACCEPTED')::int AS "accepted",
      (SELECT count(*) FROM started WHERE "state" = 'ACTIVE')::int AS "active",
      (SELECT count(*) FROM started WHERE "state" = 'ENDED' AND "worked")::int
        AS "endedAfterWorking",
      (SELECT count(*) FROM started WHERE "state" = 'ENDED' AND NOT "worked")::int AS "endedEarly"`;
  return row ?? NOTHING;
}
