import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { problemFromTriples, solveAssignment, type SolveOptions } from './index';
import { twoCostProblemArb } from '@/test/matching/assignment-instances';
import { referenceOptimum } from '@/test/matching/min-cost-flow';

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
      fc.property(twoCostProblemArb, (t) => {
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
    // One pair short of complete, or the dense solver (dense-square.ts) would take it whole.
    edges.pop();
    const capacity = new Array<number>(n).fill(1);
    const solution = solveAssignment(problemFromTriples(n, n, capacity, edges), { sparseAbove: 0 });
    expect(solution.optimal).toBe(true);
    expect({ matched: solution.matched, total: solution.total }).toEqual(
      referenceOptimum(n, n, capacity, edges),
    );
    expect(solution.rounds).toBeLessThanOrEqual(5);
  });
});
