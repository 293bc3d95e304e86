import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { certifyAssignment, problemFromTriples, solveAssignment, type SolveOptions } from './index';
import { buildRowGraph } from './row-graph';
import type { DualState } from './shortest-paths';
import { solveOnGraph } from './solve-graph';
import type { AssignmentProblem } from './types';
import { solveWarm } from './warm-start';
import { matchBonus } from './weights';
import { bruteForceOptimum } from '@/test/matching/brute-force';
import {
  seededProblem,
  tinyProblemArb,
  twoCostProblemArb,
  type TripleProblem,
} from '@/test/matching/assignment-instances';
import { referenceOptimum } from '@/test/matching/min-cost-flow';

// Rounds that never give up on the candidate graph: every round after the first is warm.
const WARM: SolveOptions = { perRow: 1, perSupporter: 0, sparseAbove: 0, roundsBeforeWhole: 1e9 };
const COLD: SolveOptions = { ...WARM, warmRounds: false };

function solve(t: TripleProblem, options: SolveOptions) {
  return solveAssignment(
    problemFromTriples(t.proteges, t.supporters, t.capacity, t.edges),
    options,
  );
}

// The answer a warm start leaves, in the form the certificate reads.
function answerOf(problem: AssignmentProblem, state: DualState) {
  const { rowSupporter } = state.seats;
  let matched = 0;
  let total = 0;
  for (let e = 0; e < problem.edgeRow.length; e++) {
    if (rowSupporter[problem.edgeRow[e]!] === problem.edgeCol[e]) {
      matched++;
      total += problem.edgeScore[e]!;
    }
  }
  return {
    rowSupporter,
    rowPrice: state.rowPrice,
    supporterPrice: state.supporterPrice,
    matched,
    total,
  };
}

describe('solveWarm', () => {
  it('from the optimum of ANY subgraph (not just the best edges), reaches the certified optimum', () => {
    fc.assert(
      fc.property(tinyProblemArb, fc.infiniteStream(fc.boolean()), (t, coin) => {
        const problem = problemFromTriples(t.proteges, t.supporters, t.capacity, t.edges);
        const bonus = matchBonus(problem);
        const old = Int32Array.from(t.edges.keys()).filter(() => coin.next().value as boolean);
        const last = solveOnGraph(buildRowGraph(problem, bonus, old), problem.capacity, 4);
        const warm = answerOf(
          problem,
          solveWarm(buildRowGraph(problem, bonus), problem.capacity, last),
        );
        const brute = bruteForceOptimum(t.proteges, t.supporters, t.capacity, t.edges);
        expect({ matched: warm.matched, total: warm.total }).toEqual(brute);
        expect(certifyAssignment(problem, warm)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('lowers the price of a supporter left with a free seat, seating a row that waited', () => {
    // Old graph: both protégés want supporter 0; protégé 0 gets it, its price is protégé 1's
    // weight. The new edge takes protégé 0 to supporter 1, leaving 0 free and priced.
    const t: TripleProblem = {
      proteges: 2,
      supporters: 2,
      capacity: [1, 1],
      edges: [
        [0, 0, 10],
        [1, 0, 8],
        [0, 1, 20],
      ],
    };
    const problem = problemFromTriples(t.proteges, t.supporters, t.capacity, t.edges);
    const bonus = matchBonus(problem);
    const last = solveOnGraph(buildRowGraph(problem, bonus, Int32Array.of(0, 1)), t.capacity, 0);
    expect(Array.from(last.seats.rowSupporter)).toEqual([0, -1]);
    const warm = answerOf(problem, solveWarm(buildRowGraph(problem, bonus), t.capacity, last));
    expect(Array.from(warm.rowSupporter)).toEqual([1, 0]);
    expect(certifyAssignment(problem, warm)).toBe(true);
  });
});

describe('warm-started candidate rounds', () => {
  it('equal brute force on random tiny problems, certified, over several warm rounds', () => {
    let warmRounds = 0;
    fc.assert(
      fc.property(tinyProblemArb, (t) => {
        const solution = solve(t, WARM);
        const brute = bruteForceOptimum(t.proteges, t.supporters, t.capacity, t.edges);
        expect({ matched: solution.matched, total: solution.total }).toEqual(brute);
        expect(solution.optimal).toBe(true);
        warmRounds += solution.rounds - 1;
      }),
      { numRuns: 400 },
    );
    // The property means little unless many runs did go through warm rounds.
    expect(warmRounds).toBeGreaterThan(30);
  });

  it('equal the min-cost-flow reference on tie-heavy two-cost problems with capacities', () => {
    fc.assert(
      fc.property(twoCostProblemArb, (t) => {
        const solution = solve(t, WARM);
        const reference = referenceOptimum(t.proteges, t.supporters, t.capacity, t.edges);
        expect({ matched: solution.matched, total: solution.total }).toEqual(reference);
        expect(solution.optimal).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it.each([
    [1, 300, 60, 0.3],
    [2, 300, 60, 1],
    [3, 200, 40, 0.05],
    [4, 120, 120, 1],
  ])(
    'seed %i: %i x %i at density %f, warm and cold rounds reach the reference',
    (seed, p, m, d) => {
      const t = seededProblem(seed, p, m, d);
      const reference = referenceOptimum(t.proteges, t.supporters, t.capacity, t.edges);
      for (const options of [WARM, COLD]) {
        const solution = solve(t, options);
        expect({ matched: solution.matched, total: solution.total }).toEqual(reference);
        expect(solution.optimal).toBe(true);
      }
    },
  );

  it('a dense c = i*j problem: warm rounds to the end, certified and equal to the reference', () => {
    const n = 60;
    const edges: [number, number, number][] = [];
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) edges.push([i, j, n * n - (i + 1) * (j + 1)]);
    const t: TripleProblem = { proteges: n, supporters: n, capacity: new Array(n).fill(1), edges };
    const solution = solve(t, { sparseAbove: 0, roundsBeforeWhole: 1e9 });
    expect(solution.optimal).toBe(true);
    expect({ matched: solution.matched, total: solution.total }).toEqual(
      referenceOptimum(n, n, t.capacity, edges),
    );
  });
});
