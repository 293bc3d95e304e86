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

  it("marks exactly a row's pairs, across word boundaries, and declines without the bits", () => {
    // 37 columns: rows start mid-word, so a row's first and last words hold other rows' bits.
    const pairArb = fc.tuple(fc.nat(29), fc.nat(36));
    fc.assert(
      fc.property(fc.array(pairArb, { maxLength: 400 }), (pairs) => {
        const graph = new CandidateGraph(30, 37);
        for (const [row, column] of pairs) graph.add(row, column, 1);
        for (let row = 0; row < 30; row++) {
          const out = new Int16Array(37).fill(5);
          expect(graph.markRow(row, out, -1)).toBe(true);
          const expected = Array.from({ length: 37 }, (_, j) => (graph.has(row, j) ? -1 : 5));
          expect(Array.from(out)).toEqual(expected);
        }
      }),
      { numRuns: 100 },
    );
    const withSet = new CandidateGraph(30, 37, 0);
    withSet.add(1, 2, 3);
    const untouched = new Int16Array(37);
    expect(withSet.markRow(1, untouched, -1)).toBe(false);
    expect(untouched.every((value) => value === 0)).toBe(true);
  });
});
