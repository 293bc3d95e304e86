/**
 * The lexicographic objective as one weight: each matched pair is worth score + BIG, with BIG
 * larger than any achievable total score, so one more match always beats any score gain.
 * Every weight, price and objective stays far below 2^53 for any cohort this product will
 * see (BIG <= 10^6 * rows), so plain numbers are exact; the certificate still sums in BigInt.
 */
import type { AssignmentProblem } from './types';

export function matchBonus(problem: AssignmentProblem): number {
  const { edgeScore } = problem;
  let maxScore = 0;
  for (let e = 0; e < edgeScore.length; e++) if (edgeScore[e]! > maxScore) maxScore = edgeScore[e]!;
  return bonusFor(problem, maxScore);
}

/**
 * matchBonus from the top score, when a pass over the edges has already found it (checkProblem
 * does, in the pass that checks them): a pass of its own costs 1 ms per million edges.
 */
export function bonusFor({ proteges, capacity }: AssignmentProblem, maxScore: number): number {
  let seats = 0;
  for (let j = 0; j < capacity.length; j++) seats += capacity[j]!;
  // No assignment holds more than min(rows, seats) pairs, each scoring at most maxScore.
  const bonus = maxScore * Math.min(proteges, seats) + 1;
  if (!Number.isSafeInteger(bonus * 4)) throw new RangeError('problem too large for exact weights');
  return bonus;
}
