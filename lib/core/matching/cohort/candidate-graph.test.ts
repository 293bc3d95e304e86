import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CandidateGraph } from './candidate-graph';

describe('CandidateGraph', () => {
  it('keeps each pair once, first score and first-added order, with bits or with a set', () => {
    const pairArb = fc.tuple(fc.nat(40), fc.nat(40), fc.nat(1000));
    fc.assert(
      fc.property(fc.array(pairArb, { maxLength: 3000 }), (pairs) => {
        const expected = new Map<string, [number, number, number]>();
        for (const [row, column, score] of pairs)
          if (!expected.has(`${row},${column}`))
            expected.set(`${row},${column}`, [row, column, score]);
        for (const limit of [Infinity, 0]) {
          const graph = new CandidateGraph(41, 41, limit);
          for (const [row, column, score] of pairs) graph.add(row, column, score);
          const problem = graph.problem(41, new Array<number>(41).fill(1));
          const listed = Array.from(problem.edgeRow, (row, e) => [
            row,
            problem.edgeCol[e]!,
            problem.edgeScore[e]!,
          ]);
          expect(listed).toEqual([...expected.values()]);
          for (const [row, column] of pairs) expect(graph.has(row, column)).toBe(true);
          expect(graph.has(41 - 1, 41 - 1)).toBe(expected.has('40,40'));
        }
      }),
      { numRuns: 100 },
    );
  });
});
