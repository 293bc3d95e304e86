import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { certifyAssignment } from '../certify';
import { problemFromTriples } from '../convert';
import { solveDenseSquare } from '../dense-square';
import { solveAssignment } from '../solve';
import type { AssignmentProblem } from '../types';
import { checkProblem } from '../validate';
import { matchBonus } from '../weights';
import { MAX_WASM_SIDE, solveDenseInWasm, wasmAvailableFor } from './dense-wasm';
import { completeSquareArb } from '@/test/matching/assignment-instances';
import { referenceOptimum } from '@/test/matching/min-cost-flow';

type Triple = [number, number, number];

/**
 * Solves with both copies of the dense solver and checks what both must give: the optimum
 * (against the min-cost-flow reference), prices that certify it over every edge, and, since
 * the WebAssembly copy makes the same comparisons in the same order, the very same answer.
 */
function expectBothOptimal(n: number, edges: Triple[]) {
  const capacity = new Array<number>(n).fill(1);
  const problem = problemFromTriples(n, n, capacity, edges);
  const bonus = matchBonus(problem);
  // Edges in row-major order take the one-copy path (scores negated in WebAssembly); any
  // order can take the edge-by-edge one.
  const { pairOrder } = checkProblem(problem);
  const wasm = solveDenseSquare(problem, bonus, 'wasm', pairOrder);
  const edgeByEdge = solveDenseSquare(problem, bonus, 'wasm', false);
  const js = solveDenseSquare(problem, bonus, 'js');
  const reference = referenceOptimum(n, n, capacity, edges);
  expect({ matched: n, total: wasm.total }).toEqual(reference);
  expect(totalOf(problem, wasm.rowSupporter)).toBe(reference.total);
  expect(certifyAssignment(problem, { ...wasm, matched: n })).toBe(true);
  expect(certifyAssignment(problem, { ...js, matched: n })).toBe(true);
  expect(wasm).toEqual(js);
  expect(edgeByEdge).toEqual(js);
}

// Counted over the edges, not taken from the solver's own figure.
function totalOf({ edgeRow, edgeCol, edgeScore }: AssignmentProblem, rowSupporter: Int32Array) {
  let total = 0;
  for (let e = 0; e < edgeRow.length; e++)
    if (rowSupporter[edgeRow[e]!] === edgeCol[e]) total += edgeScore[e]!;
  return total;
}

function square(n: number, score: (i: number, j: number) => number): Triple[] {
  const edges: Triple[] = [];
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) edges.push([i, j, score(i, j)]);
  return edges;
}

describe('the dense Jonker-Volgenant solver in WebAssembly', () => {
  it('runs here: Node has WebAssembly, so the module must compile and be used', () => {
    expect(wasmAvailableFor(10)).toBe(true);
    const problem = problemFromTriples(
      2,
      2,
      [1, 1],
      square(2, (i, j) => (i === j ? 5 : 1)),
    );
    expect(solveDenseInWasm(problem)?.total).toBe(10);
  });

  it('gives the optimum and the same answer as the JavaScript solver on random problems', () => {
    fc.assert(
      fc.property(completeSquareArb, (t) => expectBothOptimal(t.proteges, t.edges)),
      { numRuns: 300 },
    );
  });

  it('gives the optimum and the same answer when almost every cost ties', () => {
    const tiedArb = fc
      .record({
        n: fc.integer({ min: 10, max: 30 }),
        values: fc.constantFrom<number[]>([0, 999], [0, 1, 2], [0, 1_000_000]),
      })
      .chain(({ n, values }) =>
        fc.record({
          n: fc.constant(n),
          scores: fc.array(fc.constantFrom(...values), { minLength: n * n, maxLength: n * n }),
        }),
      );
    fc.assert(
      fc.property(tiedArb, ({ n, scores }) =>
        expectBothOptimal(
          n,
          scores.map((s, k): Triple => [Math.floor(k / n), k % n, s]),
        ),
      ),
      { numRuns: 60 },
    );
  });

  it('solves Machol-Wien (c = i*j) and edges listed in any order', () => {
    const n = 40;
    expectBothOptimal(
      n,
      square(n, (i, j) => n * n - (i + 1) * (j + 1)),
    );
    const shuffled = square(n, (i, j) => (i * 7 + j * 13) % 11).reverse();
    expectBothOptimal(n, shuffled);
  });

  it('is what solveAssignment uses by default, and its answer certifies there', () => {
    const n = 25;
    const edges = square(n, (i, j) => (i * 31 + j * 17) % 1000);
    const problem = problemFromTriples(n, n, new Array<number>(n).fill(1), edges);
    const byDefault = solveAssignment(problem);
    expect(byDefault.optimal).toBe(true);
    expect(byDefault).toEqual(solveAssignment(problem, { denseEngine: 'wasm' }));
    expect(byDefault.total).toBe(solveAssignment(problem, { denseEngine: 'js' }).total);
  });

  it('leaves matrices past its memory limit to the JavaScript solver', () => {
    expect(wasmAvailableFor(MAX_WASM_SIDE)).toBe(true);
    expect(wasmAvailableFor(MAX_WASM_SIDE + 1)).toBe(false);
  });
});
