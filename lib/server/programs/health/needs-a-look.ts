import 'server-only';
/**
 * Relationships an admin should look at, with who, what and since when:
 * - no check-in for STALE_AFTER_DAYS, in a relationship still going that started before then;
 * - a low rating: the latest check-in of a relationship still going rated LOW_RATING or less;
 * - ended while still in the introduction (it never reached "under way").
 * The private note left on ending is included: it is written for the program's admins.
 */
import { db } from '../../db';
import { LOW_RATING, NEEDS_A_LOOK_LIMIT, STALE_AFTER_DAYS } from '@/lib/core/programs/health/rules';
import { memberIds } from './scope';
import type { LookReason, NeedsALook, NeedsALookRow } from '@/lib/core/programs/health/types';

interface Row extends Omit<NeedsALookRow, 'protege' | 'supporter' | 'reasons' | 'endedBy'> {
  protegeId: string;
  protegeName: string;
  supporterId: string;
  supporterName: string;
  endedById: string | null;
  noCheckIn: boolean;
  lowRating: boolean;
  endedInIntro: boolean;
  total: number;
}

export async function findNeedsALook(programId: string, now: Date): Promise<NeedsALook> {
  const staleBefore = new Date(now.getTime() - STALE_AFTER_DAYS * 24 * 60 * 60 * 1000);
  const rows = await db.$queryRaw<Row[]>`
    WITH scoped AS (
      SELECT r."id", r."kind", r."state", r."startedAt", r."endedAt", r."endedById", r."endNote",
        r."protegeId", r."supporterId", latest."rating", latest."createdAt" AS "lastCheckInAt",
        EXISTS (SELECT 1 FROM "RelationshipEvent" e
          WHERE e."relationshipId" = r."id" AND e."state" = 'ACTIVE') AS "wasActive"
      FROM "Relationship" r
      LEFT JOIN LATERAL (
        SELECT ci."rating", ci."createdAt" FROM "CheckIn" ci WHERE ci."relationshipId" = r."id"
        ORDER BY ci."createdAt" DESC, ci."id" DESC LIMIT 1
      ) latest ON true
      WHERE r."protegeId" IN (${memberIds(programId)})
    ), flagged AS (
      SELECT s.*,
        (s."state" <> 'ENDED' AND s."startedAt" < ${staleBefore}
          AND coalesce(s."lastCheckInAt" < ${staleBefore}, true)) AS "noCheckIn",
        (s."state" <> 'ENDED' AND coalesce(s."rating" <= ${LOW_RATING}::int, false)) AS "lowRating",
        (s."state" = 'ENDED' AND NOT s."wasActive") AS "endedInIntro",
        CASE WHEN s."state" = 'ENDED' THEN s."endedAt"
          ELSE coalesce(s."lastCheckInAt", s."startedAt") END AS "since"
      FROM scoped s
    )
    SELECT f."id" AS "relationshipId", f."kind"::text AS "kind", f."state"::text AS "state",
      f."protegeId", p."name" AS "protegeName", f."supporterId", sp."name" AS "supporterName",
      f."noCheckIn", f."lowRating", f."endedInIntro",
      f."since",
      f."startedAt", f."lastCheckInAt", f."rating" AS "latestRating", f."endedAt",
      f."endedById", f."endNote", (count(*) OVER ())::int AS "total"
    FROM flagged f
    JOIN "User" p ON p."id" = f."protegeId"
    JOIN "User" sp ON sp."id" = f."supporterId"
    WHERE f."noCheckIn" OR f."lowRating" OR f."endedInIntro"
    -- Still going first, longest waiting first; then the latest endings.
    ORDER BY f."state" = 'ENDED', CASE WHEN f."state" <> 'ENDED' THEN f."since" END, f."since" DESC
    LIMIT ${NEEDS_A_LOOK_LIMIT}`;
  return { total: rows[0]?.total ?? 0, relationships: rows.map(toLookRow) };
}

function toLookRow(row: Row): NeedsALookRow {
  const reasons: LookReason[] = [];
  if (row.lowRating) reasons.push('LOW_RATING');
  if (row.noCheckIn) reasons.push('NO_RECENT_CHECK_IN');
  if (row.endedInIntro) reasons.push('ENDED_IN_INTRO');
  return {
    relationshipId: row.relationshipId,
    kind: row.kind,
    state: row.state,
    protege: { id: row.protegeId, name: row.protegeName },
    supporter: { id: row.supporterId, name: row.supporterName },
    reasons,
    since: row.since,
    startedAt: row.startedAt,
    lastCheckInAt: row.lastCheckInAt,
    latestRating: row.latestRating,
    endedAt: row.endedAt,
    endedBy:
      row.endedById === row.protegeId
        ? 'protege'
        : row.endedById === row.supporterId
          ? 'supporter'
          : null,
    endNote: row.endNote,
  };
}
