/**
 * The cohort's side of the candidate rounds (assignment/candidate-rounds.ts runs the loop, in
 * assign.ts): warm-starting each round's solve from the last round's prices, and finding the
 * eligible pairs those prices undercharge.
 */
import type { AssignmentProblem, AssignmentSolution } from '@/lib/core/matching/assignment';
import { matchBonus } from '@/lib/core/matching/assignment/weights';
import { BestK } from '@/lib/core/matching/assignment';
import { NEVER } from './row-scorer';

// How far the last round's prices are lowered on each warm attempt, in score points.
const WARM_START_STEPS = [10, 30, 100, 300, 1000, 3000, 10000];

/**
 * Each round's graph is the last one plus a few pairs, so the last prices are a good start:
 * solved from them, most needs settle at once. A warm start never makes a wrong answer look
 * right: the shortest paths keep dual feasibility and tight seated pairs from any start prices
 * (assignment/solve-graph.ts). The one invariant it can break is "only a full supporter has a
 * price": a start price too high for its supporter to fill leaves a price on a free seat, and
 * the solver's certificate then says `optimal: false`. So the prices are lowered step by step
 * (lower prices fill more easily) before the start is given up for a cold solve, which always
 * certifies.
 */
export function solveWarm(
  lastPrices: Float64Array,
  solve: (startPrices?: Float64Array) => AssignmentSolution,
): AssignmentSolution {
  for (const lower of WARM_START_STEPS) {
    const solved = solve(Float64Array.from(lastPrices, (price) => Math.max(0, price - lower)));
    if (solved.optimal) return solved;
  }
  return solve();
}

/**
 * Dual feasibility over the whole cohort: a pair whose weight (fit plus the match bonus) is
 * more than its need's price plus its supporter's price could improve the answer. Returns the
 * worst such pairs of each need and of each supporter (when most needs go unmet, it is the
 * supporters' prices that are too low, so per-need picks alone would take many rounds). None
 * at all means the prices certify the optimum for every eligible pair, because the pairs in
 * the graph already passed the solver's own certificate.
 */
export function addUnderpriced(
  problem: AssignmentProblem,
  solution: { rowPrice: Float64Array; supporterPrice: Float64Array },
  rows: number,
  columns: number,
  scoresOf: (row: number) => Int16Array,
  quotas: { addPerNeed: number; addPerSupporter: number },
): [number, number, number][] {
  const bonus = matchBonus(problem);
  const { rowPrice, supporterPrice } = solution;
  const worstOfNeed = new BestK(quotas.addPerNeed);
  const worstOfSupporter = Array.from({ length: columns }, () => new BestK(quotas.addPerSupporter));
  const added: [number, number, number][] = [];
  for (let row = 0; row < rows; row++) {
    const scores = scoresOf(row);
    const threshold = rowPrice[row]! - bonus;
    worstOfNeed.clear();
    for (let j = 0; j < columns; j++) {
      const score = scores[j]!;
      if (score === NEVER) continue;
      const over = score - threshold - supporterPrice[j]!;
      if (over <= 0) continue;
      worstOfNeed.offer(j, over);
      worstOfSupporter[j]!.offer(row, over);
    }
    worstOfNeed.forEach((j) => added.push([row, j, scores[j]!]));
  }
  // The fit is read back from the excess (integers throughout, so exactly).
  worstOfSupporter.forEach((worst, j) =>
    worst.forEach((row, over) =>
      added.push([row, j, over + rowPrice[row]! - bonus + supporterPrice[j]!]),
    ),
  );
  return added;
}
