/**
 * Fit between a goal and a possible mentor or coach: prepare a file once, then score pairs
 * cheaply. A score is an integer 0-1000 with reasons whose points sum to it; a pair the rules
 * never propose comes back ineligible with the rule's code.
 */
import type { PeopleFile } from '@/lib/core/matching/people-file';
import { prepareFile, type PreparedFile, type PreparedGoal } from './prepare';
import { scorePair } from './score';
import type { FitContext, FitResult, SupportKind } from './types';
import { DEFAULT_FIT_WEIGHTS, normaliseWeights } from './weights';

export type {
  FitContext,
  FitReason,
  FitResult,
  FitWeights,
  IneligibleCode,
  SupportKind,
} from './types';
export type { PreparedFile, PreparedGoal, PreparedPerson, PreparedPool } from './prepare';
export { poolCovers, prepareGoal, preparePool, prepareWithPool, zoneOffsets } from './prepare';
export { DEFAULT_FIT_WEIGHTS, normaliseWeights } from './weights';
export { freeCapacity, offersKind, pairKey } from './eligibility';
export { prepareFile };

/** A context with default weights, no load and no excluded pairs, with any of them replaced. */
export function fitContext(overrides: Partial<FitContext> = {}): FitContext {
  return { weights: DEFAULT_FIT_WEIGHTS, load: new Map(), excludedPairs: new Set(), ...overrides };
}

/**
 * A scorer bound to one prepared file and context, with the weights normalised once per kind;
 * `fit` then costs only the pair's own work.
 */
export function fitScorer(prepared: PreparedFile, context: FitContext) {
  const shares = {
    mentor: normaliseWeights(context.weights, 'mentor'),
    coach: normaliseWeights(context.weights, 'coach'),
  };
  function run(
    goal: PreparedGoal,
    supporterId: string,
    kind: SupportKind,
    explain: boolean,
  ): FitResult {
    const protege = prepared.people.get(goal.goal.personId);
    const supporter = prepared.people.get(supporterId);
    if (!protege || !supporter)
      return { eligible: false, code: 'does-not-offer', text: 'Is not in this file.' };
    return scorePair(
      goal,
      protege,
      supporter,
      kind,
      shares[kind],
      context,
      prepared.referenceYear,
      explain,
    );
  }
  return {
    /** Score and reasons of one pair. */
    fit: (goal: PreparedGoal, supporterId: string, kind: SupportKind) =>
      run(goal, supporterId, kind, true),
    /** The score alone (null when never proposed): the same number, without building sentences. */
    score(goal: PreparedGoal, supporterId: string, kind: SupportKind): number | null {
      const result = run(goal, supporterId, kind, false);
      return result.eligible ? result.score : null;
    },
  };
}

export type FitScorer = ReturnType<typeof fitScorer>;

/** Convenience for one pair of a file not yet prepared; prepare once instead for many pairs. */
export function fitOne(
  file: PeopleFile,
  goalId: string,
  supporterId: string,
  kind: SupportKind,
  referenceDate: Date,
  context: FitContext = fitContext(),
): FitResult {
  const prepared = prepareFile(file, referenceDate);
  const goal = prepared.goals.find((entry) => entry.goal.id === goalId);
  if (!goal) throw new Error(`no goal with id ${goalId}`);
  return fitScorer(prepared, context).fit(goal, supporterId, kind);
}
