/**
 * The bridge between a stored goal and the triage: what the triage reads from a goal, and how
 * its answer is kept. Pure, so the app, the start-up backfill and tests share it.
 */
import { z } from 'zod';
import { triageGoal } from '@/lib/core/triage';
import { GOAL_NEEDS, type GoalNeed } from './needs';

export type StoredHelpKind = 'MENTOR' | 'COACH' | 'BOTH';

export interface GoalForTriage {
  statement: string;
  clarity: 'CLEAR' | 'EXPLORING' | null;
  needs: readonly string[];
}

/** A reason as stored in JSON (a type alias, so it fits Prisma's JSON input type). */
export type StoredReason = { code: string; text: string };

/**
 * Goal.triageReasons, parsed when read (lib/server/goals/goals.ts); null until the start-up
 * backfill triages a goal written before the triage existed. Parsing strips unknown keys.
 */
export const storedTriageReasonsSchema = z
  .array(z.object({ code: z.string(), text: z.string() }) satisfies z.ZodType<StoredReason>)
  .nullable();

export interface GoalTriage {
  triageKind: StoredHelpKind;
  triageConfidence: number;
  triageReasons: StoredReason[];
}

const KNOWN_NEEDS = new Set<string>(GOAL_NEEDS);

export function triageStoredGoal(goal: GoalForTriage): GoalTriage {
  const result = triageGoal({
    goal: goal.statement,
    clarity:
      goal.clarity === 'CLEAR' ? 'clear' : goal.clarity === 'EXPLORING' ? 'exploring' : undefined,
    needs: goal.needs.filter((need): need is GoalNeed => KNOWN_NEEDS.has(need)),
  });
  return {
    triageKind: result.kind.toUpperCase() as StoredHelpKind,
    triageConfidence: result.confidence,
    triageReasons: result.reasons.map(({ code, text }): StoredReason => ({ code, text })),
  };
}

/** The kind of help matching looks for: the person's own choice, else the recommendation. */
export function effectiveHelpKind(goal: {
  chosenKind: StoredHelpKind | null;
  triageKind: StoredHelpKind | null;
}) {
  return goal.chosenKind ?? goal.triageKind;
}

/** Confidence in words a person reads, rather than a bare number. */
export function confidenceInWords(confidence: number): string {
  if (confidence >= 0.8) return 'a clear fit';
  if (confidence >= 0.6) return 'a likely fit';
  if (confidence >= 0.4) return 'a tentative suggestion';
  return 'a first guess';
}
