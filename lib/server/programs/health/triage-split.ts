import 'server-only';
/** Members' goals by the help they call for: the person's own choice first, else the triage. */
import { db } from '../../db';
import { memberIds } from './scope';
import type { TriageSplit } from '@/lib/core/programs/health/types';

export async function splitTriage(programId: string): Promise<TriageSplit> {
  const rows = await db.$queryRaw<{ kind: string | null; goals: number }[]>`
    SELECT coalesce(g."chosenKind", g."triageKind")::text AS "kind", count(*)::int AS "goals"
    FROM "Goal" g
    WHERE g."userId" IN (${memberIds(programId)})
    GROUP BY 1`;
  const count = (kind: string | null) => rows.find((r) => r.kind === kind)?.goals ?? 0;
  return {
    mentor: count('MENTOR'),
    coach: count('COACH'),
    both: count('BOTH'),
    untriaged: count(null),
  };
}
