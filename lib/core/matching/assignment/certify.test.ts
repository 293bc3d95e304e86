import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  certifyAssignment,
  findCertificateError,
  problemFromTriples,
  solveAssignment,
} from './index';
import { matchBonus } from './weights';
import { bruteForceOptimum } from '@/test/matching/brute-force';
import { tinyProblemArb, type TripleProblem } from '@/test/matching/assignment-instances';

function solved(t: TripleProblem) {
  const problem = problemFromTriples(t.proteges, t.supporters, t.capacity, t.edges);
  return { problem, solution: solveAssignment(problem) };
}

// Recomputes the figures of an altered assignment, so a rejection comes from the prices.
function recount(problem: ReturnType<typeof problemFromTriples>, rowSupporter: Int32Array) {
  let matched = 0;
  let total = 0;
  for (let e = 0; e < problem.edgeRow.length; e++) {
    if (rowSupporter[problem.edgeRow[e]!] === problem.edgeCol[e]) {
      matched++;
      total += problem.edgeScore[e]!;
    }
  }
  return { matched, total };
}

describe('certifyAssignment', () => {
  it("accepts the solver's answer and rejects it with one pair dropped", () => {
    fc.assert(
      fc.property(tinyProblemArb, fc.nat(), (t, pick) => {
        const { problem, solution } = solved(t);
        expect(certifyAssignment(problem, solution)).toBe(true);
        const seated = [...solution.rowSupporter.keys()].filter(
          (i) => solution.rowSupporter[i]! >= 0,
        );
        fc.pre(seated.length > 0);
        const rowSupporter = solution.rowSupporter.slice();
        rowSupporter[seated[pick % seated.length]!] = -1;
        const worse = { ...solution, rowSupporter, ...recount(problem, rowSupporter) };
        expect(certifyAssignment(problem, worse)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('accepts a moved assignment only when it is just as good', () => {
    // Move one row to another allowed supporter with a free seat (or unseat it), keep the
    // prices: the certificate must hold exactly when the new figures equal the optimum.
    fc.assert(
      fc.property(tinyProblemArb, fc.nat(), (t, pickEdge) => {
        fc.pre(t.edges.length > 0);
        const { problem, solution } = solved(t);
        const [i, j] = t.edges[pickEdge % t.edges.length]!;
        const load = new Array<number>(t.supporters).fill(0);
        solution.rowSupporter.forEach((s) => s >= 0 && load[s]!++);
        fc.pre(solution.rowSupporter[i] !== j && load[j]! < t.capacity[j]!);
        const rowSupporter = solution.rowSupporter.slice();
        rowSupporter[i] = j;
        const moved = { ...solution, rowSupporter, ...recount(problem, rowSupporter) };
        const best = bruteForceOptimum(t.proteges, t.supporters, t.capacity, t.edges);
        const isAsGood = moved.matched === best.matched && moved.total === best.total;
        if (!isAsGood) expect(certifyAssignment(problem, moved)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('rejects a swap to a lower-score edge, a forbidden pair, and an over-full supporter', () => {
    const t = problemFromTriples(
      2,
      2,
      [1, 1],
      [
        [0, 0, 90],
        [0, 1, 10],
        [1, 1, 50],
      ],
    );
    const solution = solveAssignment(t);
    expect(Array.from(solution.rowSupporter)).toEqual([0, 1]);
    expect(certifyAssignment(t, solution)).toBe(true);
    const swapped = Int32Array.of(1, -1);
    expect(
      certifyAssignment(t, { ...solution, rowSupporter: swapped, ...recount(t, swapped) }),
    ).toBe(false);
    const forbidden = Int32Array.of(0, 0);
    expect(certifyAssignment(t, { ...solution, rowSupporter: forbidden })).toBe(false);
    const tooMany = problemFromTriples(
      2,
      1,
      [1],
      [
        [0, 0, 1],
        [1, 0, 1],
      ],
    );
    const crowded = Int32Array.of(0, 0);
    const priced = solveAssignment(tooMany);
    expect(
      certifyAssignment(tooMany, {
        ...priced,
        rowSupporter: crowded,
        ...recount(tooMany, crowded),
      }),
    ).toBe(false);
  });

  it('rejects prices that undercharge a single edge, and says which', () => {
    // Protégé 0 sits with supporter 0 (capacity 1, nobody else's edge); its only other edge is
    // edge 1, to supporter 1. Moving delta of its price onto supporter 0's keeps its own pair
    // tight and the dual objective unchanged, and lowers the price of edge 1 alone by delta.
    const problem = problemFromTriples(
      3,
      3,
      [1, 1, 1],
      [
        [0, 0, 90],
        [0, 1, 40],
        [1, 1, 50],
        [2, 1, 30],
        [2, 2, 20],
      ],
    );
    const solution = solveAssignment(problem);
    expect(Array.from(solution.rowSupporter)).toEqual([0, 1, 2]);
    expect(findCertificateError(problem, solution)).toBeNull();
    const slack = solution.rowPrice[0]! + solution.supporterPrice[1]! - (40 + matchBonus(problem));
    const shifted = (delta: number) => {
      expect(solution.rowPrice[0]).toBeGreaterThanOrEqual(delta);
      const rowPrice = solution.rowPrice.slice();
      const supporterPrice = solution.supporterPrice.slice();
      rowPrice[0]! -= delta;
      supporterPrice[0]! += delta;
      return { ...solution, rowPrice, supporterPrice };
    };
    // Down to exactly the edge's weight the prices still prove the same answer optimal...
    expect(findCertificateError(problem, shifted(slack))).toBeNull();
    // ...one point below it, only dual feasibility fails.
    const underpriced = shifted(slack + 1);
    expect(findCertificateError(problem, underpriced)).toBe(
      'edge 1 (protégé 0, supporter 1): underpriced by 1, u + v < weight',
    );
    expect(certifyAssignment(problem, underpriced)).toBe(false);
  });

  it('rejects a seated pair priced above its weight, and says which', () => {
    // The edge pass only looks up the seats of tight edges; a seated pair with slack must
    // still be caught, and named, not reported as a pair that is not listed.
    const problem = problemFromTriples(
      2,
      2,
      [1, 1],
      [
        [0, 0, 90],
        [0, 1, 10],
        [1, 1, 50],
      ],
    );
    const solution = solveAssignment(problem);
    const rowPrice = solution.rowPrice.slice();
    rowPrice[1]! += 3;
    expect(findCertificateError(problem, { ...solution, rowPrice })).toBe(
      'edge 2 (protégé 1, supporter 1): seated with slack 3',
    );
    // Row 1 seated at supporter 0, a pair that is not listed: counted short, and said so.
    const spare = problemFromTriples(
      2,
      2,
      [2, 1],
      [
        [0, 0, 90],
        [1, 1, 50],
      ],
    );
    const priced = solveAssignment(spare);
    const unlisted = { ...priced, rowSupporter: Int32Array.of(0, 0) };
    expect(findCertificateError(spare, unlisted)).toBe('seated pairs: 1 are not listed edges');
  });
});
