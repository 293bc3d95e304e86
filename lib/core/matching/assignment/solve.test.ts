import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignmentPairs, problemFromTriples, solveAssignment, type SolveOptions } from './index';
import { bruteForceOptimum } from '@/test/matching/brute-force';
import {
  seededProblem,
  tinyProblemArb,
  type TripleProblem,
} from '@/test/matching/assignment-instances';
import { referenceOptimum } from '@/test/matching/min-cost-flow';

function solveTriples(t: TripleProblem, options?: SolveOptions) {
  return solveAssignment(
    problemFromTriples(t.proteges, t.supporters, t.capacity, t.edges),
    options,
  );
}

// What a caller relies on: only listed pairs, one per protégé, capacity kept, figures add up.
function expectFeasible(t: TripleProblem, solution: ReturnType<typeof solveTriples>) {
  const scores = new Map(t.edges.map(([i, j, s]) => [`${i},${j}`, s]));
  const load = new Array<number>(t.supporters).fill(0);
  let total = 0;
  const pairs = assignmentPairs(solution);
  for (const [i, j] of pairs) {
    const score = scores.get(`${i},${j}`);
    expect(score, `pair ${i},${j} is not allowed`).toBeDefined();
    total += score ?? 0;
    load[j]!++;
  }
  load.forEach((l, j) => expect(l).toBeLessThanOrEqual(t.capacity[j]!));
  expect(new Set(pairs.map(([i]) => i)).size).toBe(pairs.length);
  expect(solution.matched).toBe(pairs.length);
  expect(solution.total).toBe(total);
}

describe('solveAssignment', () => {
  it('equals brute force and the min-cost-flow reference on tiny problems', () => {
    fc.assert(
      fc.property(tinyProblemArb, (t) => {
        const solution = solveTriples(t);
        const brute = bruteForceOptimum(t.proteges, t.supporters, t.capacity, t.edges);
        const flow = referenceOptimum(t.proteges, t.supporters, t.capacity, t.edges);
        expect(flow).toEqual(brute);
        expect({ matched: solution.matched, total: solution.total }).toEqual(brute);
        expect(solution.optimal).toBe(true);
        expectFeasible(t, solution);
      }),
      { numRuns: 400 },
    );
  });

  it('reaches the same optimum through the candidate-graph rounds', () => {
    fc.assert(
      fc.property(tinyProblemArb, (t) => {
        const solution = solveTriples(t, { perRow: 1, perSupporter: 0, sparseAbove: 0 });
        const brute = bruteForceOptimum(t.proteges, t.supporters, t.capacity, t.edges);
        expect({ matched: solution.matched, total: solution.total }).toEqual(brute);
        expect(solution.optimal).toBe(true);
        expectFeasible(t, solution);
      }),
      { numRuns: 300 },
    );
  });

  it('from any start prices: either the certified optimum, or a plain "not certified"', () => {
    let certified = 0;
    fc.assert(
      fc.property(
        tinyProblemArb,
        fc.array(fc.integer({ min: 0, max: 4_000_000 }), { maxLength: 4 }),
        (t, guesses) => {
          const exact = solveTriples(t, { sparseAbove: Infinity });
          const brute = bruteForceOptimum(t.proteges, t.supporters, t.capacity, t.edges);
          // The exact prices of the same problem are usually a good start (not always: the
          // paths may leave a priced seat free); random ones often are not.
          for (const startPrices of [
            exact.supporterPrice,
            Array.from({ length: t.supporters }, (_, j) => guesses[j] ?? 0),
          ]) {
            const solution = solveTriples(t, { sparseAbove: Infinity, startPrices });
            expectFeasible(t, solution);
            if (!solution.optimal) continue;
            certified++;
            expect({ matched: solution.matched, total: solution.total }).toEqual(brute);
          }
        },
      ),
      { numRuns: 300 },
    );
    expect(certified).toBeGreaterThanOrEqual(300);
  });

  it('from the optimum of any subgraph (warmFrom): always the certified optimum', () => {
    fc.assert(
      fc.property(tinyProblemArb, fc.infiniteStream(fc.boolean()), (t, coin) => {
        // A random part of the edges, solved whole, is where a cohort's last round left off.
        const part = { ...t, edges: t.edges.filter(() => coin.next().value as boolean) };
        const last = solveTriples(part, { sparseAbove: Infinity });
        const solution = solveTriples(t, { sparseAbove: Infinity, warmFrom: last });
        expectFeasible(t, solution);
        expect(solution.optimal).toBe(true);
        const reference = referenceOptimum(t.proteges, t.supporters, t.capacity, t.edges);
        expect({ matched: solution.matched, total: solution.total }).toEqual(reference);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    [1, 300, 60, 0.3],
    [2, 300, 60, 1],
    [3, 200, 40, 0.05],
  ])(
    'seed %i: %i x %i at density %f equals the reference, whole graph and candidate rounds',
    (seed, p, m, density) => {
      const t = seededProblem(seed, p, m, density);
      const reference = referenceOptimum(t.proteges, t.supporters, t.capacity, t.edges);
      for (const options of [
        { sparseAbove: Infinity },
        { perRow: 2, perSupporter: 1, sparseAbove: 0 },
      ]) {
        const solution = solveTriples(t, options);
        expect({ matched: solution.matched, total: solution.total }).toEqual(reference);
        expect(solution.optimal).toBe(true);
        expectFeasible(t, solution);
      }
    },
  );

  it('prefers one more pair over any gain in score', () => {
    // Row 0 alone would take the 1,000,000 pair; matching both rows scores less but wins.
    const t: TripleProblem = {
      proteges: 2,
      supporters: 2,
      capacity: [1, 1],
      edges: [
        [0, 0, 1_000_000],
        [1, 0, 5],
        [0, 1, 0],
      ],
    };
    const solution = solveTriples(t);
    expect(assignmentPairs(solution)).toEqual([
      [0, 1],
      [1, 0],
    ]);
    expect(solution.total).toBe(5);
  });

  it('rejects a malformed problem', () => {
    expect(() =>
      solveTriples({ proteges: 1, supporters: 1, capacity: [1], edges: [[0, 1, 3]] }),
    ).toThrow('edges[0][1]: supporter index must be in 0..0');
  });
});
