/**
 * The runners-up of each proposal, for the admins who review a matching run: for every need
 * that got someone, its next best eligible supporters with their fit and reasons, and whether
 * each still has a free place once the whole assignment is counted. A supporter without one
 * can only be swapped in by taking a place someone else's proposal holds, or by going over
 * what they offered: the review table says so.
 */
import type { FitReason, FitScorer, PreparedGoal, SupportKind } from '@/lib/core/matching/fit';
import { BestK } from '@/lib/core/matching/assignment';
import { NEVER } from './row-scorer';

export interface Alternative {
  personId: string;
  score: number;
  reasons: FitReason[];
  /** False when every place the supporter offered is taken by this run's proposals. */
  hasRoom: boolean;
}

export interface NeedAlternatives {
  goalId: string;
  kind: SupportKind;
  options: Alternative[];
}

export function findAlternatives(args: {
  count: number;
  needs: readonly { goal: PreparedGoal; kind: SupportKind }[];
  rowSupporter: Int32Array;
  room: Int32Array;
  personAt: (column: number) => string;
  scoresOf: (row: number) => Int16Array;
  explain: FitScorer;
}): NeedAlternatives[] {
  const { count, needs, rowSupporter, room, personAt, scoresOf, explain } = args;
  const used = new Int32Array(room.length);
  for (const j of rowSupporter) if (j >= 0) used[j]!++;
  const best = new BestK(count);
  const found: NeedAlternatives[] = [];
  needs.forEach(({ goal, kind }, row) => {
    const chosen = rowSupporter[row]!;
    if (chosen < 0) return;
    const scores = scoresOf(row);
    best.clear();
    for (let j = 0; j < scores.length; j++)
      if (j !== chosen && scores[j] !== NEVER) best.offer(j, scores[j]!);
    const options: Alternative[] = [];
    best.forEach((j) => {
      const fit = explain.fit(goal, personAt(j), kind);
      if (!fit.eligible) return;
      options.push({
        personId: personAt(j),
        score: fit.score,
        reasons: fit.reasons,
        hasRoom: used[j]! < room[j]!,
      });
    });
    found.push({ goalId: goal.goal.id, kind, options });
  });
  return found;
}
