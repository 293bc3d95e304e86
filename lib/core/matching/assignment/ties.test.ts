import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { problemFromTriples, solveAssignment, type SolveOptions } from './index';
import type { TripleProblem } from '@/test/matching/assignment-instances';
import { referenceOptimum } from '@/test/matching/min-cost-flow';

// Two-cost instances (every score 0 or 999, so almost every path meets a tie), with capacities
// and missing pairs: the family on which the tied-minimum ordering decides which path is taken.
const twoCostArb: fc.Arbitrary<TripleProblem> = fc
  .record({ proteges: fc.integer({ min: 1, max: 12 }), supporters: fc.integer({ min: 1, max: 8 }) })
  .chain(({ proteges, supporters }) =>
    fc.record({
      proteges: fc.constant(proteges),
      supporters: fc.constant(supporters),
      capacity: fc.array(fc.integer({ min: 0, max: 3 }), {
        minLength: supporters,
        maxLength: supporters,
      }),
      edges: fc
        .array(fc.option(fc.constantFrom(0, 999), { freq: 4 }), {
          minLength: proteges * supporters,
          maxLength: proteges * supporters,
        })
        .map((cells) =>
          cells.flatMap((s, k): [number, number, number][] =>
            s === null ? [] : [[Math.floor(k / supporters), k % supporters, s]],
          ),
        ),
    }),
  );

const MODES: [string, SolveOptions][] = [
  ['whole graph', { sparseAbove: Infinity }],
  ['whole graph, no warm-up', { sparseAbove: Infinity, warmUpSteps: 0 }],
  ['candidate rounds', { perRow: 1, perSupporter: 0, sparseAbove: 0 }],
  ['candidate rounds, cold', { perRow: 1, perSupporter: 0, sparseAbove: 0, warmRounds: false }],
  // The second round already takes every edge: the fallback path.
  [
    'rounds, then the whole graph',
    { perRow: 1, perSupporter: 0, sparseAbove: 0, roundsBeforeWhole: 1 },
  ],
];

describe('solveAssignment on tie-heavy instances', () => {
  it.each(MODES)('%s: equals the min-cost-flow reference on two-cost problems', (_, options) => {
    fc.assert(
      fc.property(twoCostArb, (t) => {
        const solution = solveAssignment(
          problemFromTriples(t.proteges, t.supporters, t.capacity, t.edges),
          options,
        );
        const reference = referenceOptimum(t.proteges, t.supporters, t.capacity, t.edges);
        expect({ matched: solution.matched, total: solution.total }).toEqual(reference);
        expect(solution.optimal).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('gives up on rounds that stop paying: a dense c = i*j problem ends in few rounds', () => {
    const n = 60;
    const edges: [number, number, number][] = [];
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) edges.push([i, j, n * n - (i + 1) * (j + 1)]);
    const capacity = new Array<number>(n).fill(1);
    const solution = solveAssignment(problemFromTriples(n, n, capacity, edges), { sparseAbove: 0 });
    expect(solution.optimal).toBe(true);
    expect({ matched: solution.matched, total: solution.total }).toEqual(
      referenceOptimum(n, n, capacity, edges),
    );
    expect(solution.rounds).toBeLessThanOrEqual(5);
  });
});
