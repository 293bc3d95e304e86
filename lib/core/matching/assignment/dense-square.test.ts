import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { certifyAssignment } from './certify';
import { problemFromTriples } from './convert';
import { isCompleteSquare, solveDenseSquare } from './dense-square';
import { solveAssignment } from './solve';
import { matchBonus } from './weights';
import { completeSquareArb } from '@/test/matching/assignment-instances';
import { referenceOptimum } from '@/test/matching/min-cost-flow';

describe('the dense Jonker-Volgenant solver in JavaScript', () => {
  it('finds the optimum of complete square problems, with prices that certify it', () => {
    fc.assert(
      fc.property(completeSquareArb, (t) => {
        const problem = problemFromTriples(t.proteges, t.supporters, t.capacity, t.edges);
        expect(isCompleteSquare(problem)).toBe(true);
        // Called directly: solveAssignment would hide a failed certificate behind its fallback.
        const answer = solveDenseSquare(problem, matchBonus(problem), 'js');
        let total = 0;
        for (const [i, j, score] of t.edges) if (answer.rowSupporter[i] === j) total += score;
        const reference = referenceOptimum(t.proteges, t.supporters, t.capacity, t.edges);
        expect({ matched: t.proteges, total }).toEqual(reference);
        expect(certifyAssignment(problem, { ...answer, matched: reference.matched, total })).toBe(
          true,
        );
      }),
      { numRuns: 500 },
    );
  });

  it('finds the optimum when almost every cost ties, on problems large enough for long levels', () => {
    // Scores from two or three values at n = 10-30: the tied minimum sets are large, so the
    // scans within a level, and an unseated column met in one, decide the paths.
    const tiedArb = fc
      .record({
        n: fc.integer({ min: 10, max: 30 }),
        values: fc.constantFrom<number[]>([0, 999], [0, 1, 2]),
      })
      .chain(({ n, values }) =>
        fc.record({
          n: fc.constant(n),
          scores: fc.array(fc.constantFrom(...values), { minLength: n * n, maxLength: n * n }),
        }),
      );
    fc.assert(
      fc.property(tiedArb, ({ n, scores }) => {
        const edges = scores.map((s, k): [number, number, number] => [Math.floor(k / n), k % n, s]);
        const capacity = new Array<number>(n).fill(1);
        const problem = problemFromTriples(n, n, capacity, edges);
        const answer = solveDenseSquare(problem, matchBonus(problem), 'js');
        const reference = referenceOptimum(n, n, capacity, edges);
        expect(answer.total).toBe(reference.total);
        expect(certifyAssignment(problem, { ...answer, matched: n, total: reference.total })).toBe(
          true,
        );
      }),
      { numRuns: 60 },
    );
  });

  it('solves c = i*j (Machol-Wien), the family that is hardest for shortest paths', () => {
    const n = 40;
    const edges: [number, number, number][] = [];
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) edges.push([i, j, n * n - (i + 1) * (j + 1)]);
    const capacity = new Array<number>(n).fill(1);
    const solution = solveAssignment(problemFromTriples(n, n, capacity, edges), {
      denseEngine: 'js',
    });
    expect(solution.optimal).toBe(true);
    expect({ matched: solution.matched, total: solution.total }).toEqual(
      referenceOptimum(n, n, capacity, edges),
    );
  });

  it('is only for the classic problem: a missing pair or a second seat goes to the general solver', () => {
    const full = [
      [0, 0, 5],
      [0, 1, 3],
      [1, 0, 2],
      [1, 1, 7],
    ] as [number, number, number][];
    expect(isCompleteSquare(problemFromTriples(2, 2, [1, 1], full))).toBe(true);
    expect(isCompleteSquare(problemFromTriples(2, 2, [1, 1], full.slice(1)))).toBe(false);
    expect(isCompleteSquare(problemFromTriples(2, 2, [2, 1], full))).toBe(false);
    expect(isCompleteSquare(problemFromTriples(2, 3, [1, 1, 1], full))).toBe(false);
  });
});
