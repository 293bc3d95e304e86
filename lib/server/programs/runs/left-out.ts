import 'server-only';
/**
 * Who a finished run left out, and why, for the admin who runs the program: each goal and kind
 * that got nobody, with its owner and words. Read through the run's program (`runBy`), so a
 * run of someone else's program lists nobody.
 */
import type { UnmetBecause } from '@/lib/core/matching/cohort/assign';
import { storedUnmetSchema } from '@/lib/core/programs/runs/stored-json';
import type { Actor } from '../../auth/session';
import { db } from '../../db';
import { runBy } from '../run-by';
import { fromJson } from './json-column';

export interface LeftOut {
  goalId: string;
  kind: 'MENTOR' | 'COACH';
  because: UnmetBecause;
  protege: string;
  goal: string;
}

export async function listLeftOut({
  actor,
  runId,
}: {
  actor: Actor;
  runId: string;
}): Promise<LeftOut[]> {
  const run = await db.matchingRun.findFirst({
    where: { id: runId, program: runBy(actor), status: 'DONE' },
    select: { unmet: true, programId: true },
  });
  if (!run || run.unmet === null) return [];
  const unmet = fromJson(storedUnmetSchema, run.unmet, 'MatchingRun.unmet');
  const goals = await db.goal.findMany({
    // Only goals of the run's own members, whatever the stored list says.
    where: {
      id: { in: unmet.map((entry) => entry.goalId) },
      user: { programMemberships: { some: { programId: run.programId } } },
    },
    select: { id: true, statement: true, user: { select: { name: true } } },
  });
  const byId = new Map(goals.map((goal) => [goal.id, goal]));
  return unmet.flatMap((entry) => {
    const goal = byId.get(entry.goalId);
    return goal ? [{ ...entry, protege: goal.user.name, goal: goal.statement }] : [];
  });
}
