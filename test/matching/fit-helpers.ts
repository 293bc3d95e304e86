/**
 * Scoring helpers for tests: prepare a small file and score one goal against one supporter,
 * so each test reads as "this protégé, this supporter, this answer".
 */
import { expect } from 'vitest';
import { fitContext, fitScorer, prepareFile } from '@/lib/core/matching/fit/index';
import type { FitContext, FitResult, SupportKind } from '@/lib/core/matching/fit/types';
import type { FileGoal, FilePerson } from '@/lib/core/matching/people-file';
import { REFERENCE_DATE } from './fit-factories';

export function fitFor(
  people: FilePerson[],
  goal: FileGoal,
  supporterId: string,
  kind: SupportKind,
  context: Partial<FitContext> = {},
): FitResult {
  const prepared = prepareFile({ people, goals: [goal] }, REFERENCE_DATE);
  const prepGoal = prepared.goals[0];
  if (!prepGoal) throw new Error('goal was not prepared');
  const scorer = fitScorer(prepared, fitContext(context));
  const result = scorer.fit(prepGoal, supporterId, kind);
  // Every test also checks that the quick score agrees with the explained one.
  expect(scorer.score(prepGoal, supporterId, kind)).toBe(result.eligible ? result.score : null);
  return result;
}

export function scoreOf(result: FitResult): number {
  if (!result.eligible) throw new Error(`expected an eligible pair, got ${result.code}`);
  return result.score;
}

export function pointsFor(result: FitResult, code: string): number | undefined {
  return result.eligible
    ? result.reasons.find((reason) => reason.code === code)?.points
    : undefined;
}
