/**
 * A file's goal as the Goal table stores it, triaged exactly as a goal written in the app
 * (lib/core/goals/goal-triage.ts). A kind in the file is the person's choice, kept only when it
 * differs from the triage; without one, the choice already made in the app stands.
 */
import {
  triageStoredGoal,
  type GoalTriage,
  type StoredHelpKind,
} from '@/lib/core/goals/goal-triage';
import type { FileGoal } from '@/lib/core/matching/people-file';
import type { ExistingGoal } from './plan-types';

const CLARITY = { clear: 'CLEAR', exploring: 'EXPLORING' } as const;

export function triageFileGoal(goal: FileGoal): GoalTriage {
  return triageStoredGoal({
    statement: goal.text,
    clarity: goal.clarity ? CLARITY[goal.clarity] : null,
    needs: goal.needs ?? [],
  });
}

export function goalColumns(
  goal: FileGoal,
  triage: GoalTriage,
  existing: ExistingGoal | null,
  now: Date,
) {
  const wanted = goal.kind?.toUpperCase() as StoredHelpKind | undefined;
  const chosenKind =
    wanted === undefined
      ? (existing?.chosenKind ?? null)
      : wanted === triage.triageKind
        ? null
        : wanted;
  return {
    statement: goal.text,
    targetTitle: goal.targetTitle ?? null,
    targetLevel: goal.targetLevel ?? null,
    clarity: goal.clarity ? CLARITY[goal.clarity] : null,
    needs: goal.needs ?? [],
    ...triage,
    chosenKind,
    chosenAt:
      chosenKind === null ? null : chosenKind === existing?.chosenKind ? existing.chosenAt : now,
  };
}
