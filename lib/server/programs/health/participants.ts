import 'server-only';
/**
 * Who takes part: members by role (protégé = has a goal; mentor and coach = what they offer;
 * one person can be several) and by organisation.
 */
import { db } from '../../db';
import type { OrganisationCount, Participants } from '@/lib/core/programs/health/types';

export async function countParticipants(programId: string): Promise<Participants> {
  const [row] = await db.$queryRaw<Participants[]>`
    SELECT count(*)::int AS "members",
      count(*) FILTER (WHERE m."hasGoal")::int AS "proteges",
      count(*) FILTER (WHERE m."offers" IN ('MENTORING', 'BOTH'))::int AS "mentors",
      count(*) FILTER (WHERE m."offers" IN ('COACHING', 'BOTH'))::int AS "coaches",
      count(*) FILTER (WHERE NOT m."hasGoal" AND m."offers" = 'NONE')::int AS "notYetSetUp"
    FROM (
      SELECT EXISTS (SELECT 1 FROM "Goal" g WHERE g."userId" = pm."userId") AS "hasGoal",
        coalesce(p."offers"::text, 'NONE') AS "offers"
      FROM "ProgramMember" pm LEFT JOIN "Profile" p ON p."userId" = pm."userId"
      WHERE pm."programId" = ${programId}
    ) m`;
  return row ?? { members: 0, proteges: 0, mentors: 0, coaches: 0, notYetSetUp: 0 };
}

export async function countByOrganisation(programId: string): Promise<OrganisationCount[]> {
  return db.$queryRaw<OrganisationCount[]>`
    SELECT coalesce(o."name", 'No profile yet') AS "organisation",
      count(*)::int AS "members",
      count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "Goal" g WHERE g."userId" = pm."userId"))::int
        AS "proteges",
      count(*) FILTER (WHERE p."offers" <> 'NONE')::int AS "supporters"
    FROM "ProgramMember" pm
    LEFT JOIN "Profile" p ON p."userId" = pm."userId"
    LEFT JOIN "Organisation" o ON o."id" = p."organisationId"
    WHERE pm."programId" = ${programId}
    GROUP BY o."id", o."name"
    ORDER BY "members" DESC, "organisation"`;
}
