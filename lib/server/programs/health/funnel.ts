import 'server-only';
/**
 * From proposed to accepted to under way to ended. "Proposed" is every request in scope (sent
 * by a member, offered to one, or a published program invitation) plus the program's run
 * proposals still waiting to be published: rejected ones were never put to anyone, and a
 * published one is already counted as its request.
 */
import { db } from '../../db';
import { memberIds } from './scope';
import type { Funnel } from '@/lib/core/programs/health/types';

export async function countFunnel(programId: string): Promise<Funnel> {
  const [row] = await db.$queryRaw<Funnel[]>`
    SELECT
      (SELECT count(*) FROM "Proposal" p JOIN "MatchingRun" run ON run."id" = p."runId"
        WHERE run."programId" = ${programId} AND p."status" <> 'REJECTED'
          AND NOT EXISTS (SELECT 1 FROM "ConnectionRequest" c WHERE c."proposalId" = p."id"))::int
      + (SELECT count(*) FROM "ConnectionRequest" c
        WHERE c."protegeId" IN (${memberIds(programId)}))::int AS "proposed",
      (SELECT count(*) FROM "ConnectionRequest" c
        WHERE c."status" = 'ACCEPTED' AND c."protegeId" IN (${memberIds(programId)}))::int
        AS "accepted",
      (SELECT count(*) FROM "Relationship" r
        WHERE r."state" = 'ACTIVE' AND r."protegeId" IN (${memberIds(programId)}))::int AS "active",
      (SELECT count(*) FROM "Relationship" r
        WHERE r."state" = 'ENDED' AND r."protegeId" IN (${memberIds(programId)}))::int AS "ended"`;
  return row ?? { proposed: 0, accepted: 0, active: 0, ended: 0 };
}
