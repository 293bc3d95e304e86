import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchBonus } from '@/lib/core/matching/assignment/weights';
import { CandidateGraph } from './candidate-graph';
import { CohortPricer, type Prices } from './pricing';
import { NEVER } from './row-scorer';
import { RowPricer } from './wasm/row-pricer';

const QUOTAS = { addPerNeed: 2, addPerSupporter: 1 };

/** A random score table, a graph of pairs its prices keep fair, and rounds of moved prices. */
const roundsArb = fc
  .record({
    rows: fc.integer({ min: 1, max: 12 }),
    // Not a multiple of eight, often: the scan's tail is done one by one.
    columns: fc.integer({ min: 1, max: 45 }),
    seed: fc.integer(),
  })
  .chain(({ rows, columns, seed }) =>
    fc.record({
      rows: fc.constant(rows),
      columns: fc.constant(columns),
      seed: fc.constant(seed),
      scores: fc.array(fc.oneof(fc.constant(NEVER), fc.integer({ min: 0, max: 1000 })), {
        minLength: rows * columns,
        maxLength: rows * columns,
      }),
      rounds: fc.array(
        fc.record({
          rowPrice: fc.array(fc.integer({ min: -1500, max: 1500 }), {
            minLength: rows,
            maxLength: rows,
          }),
          supporterPrice: fc.array(fc.integer({ min: 0, max: 900 }), {
            minLength: columns,
            maxLength: columns,
          }),
        }),
        { minLength: 1, maxLength: 4 },
      ),
    }),
  );

function priceRounds({ rows, columns, scores, rounds }: Instance, wasm: boolean) {
  const table = Int16Array.from(scores);
  const graph = new CandidateGraph(rows, columns);
  const pricer = new CohortPricer(
    {
      rows,
      columns,
      scoresOf: (row) => table.subarray(row * columns, (row + 1) * columns),
      // No columns read: the two scans read different shares of them by design (pricing.ts).
      cache: null,
      inGraph: (row, column) => graph.has(row, column),
      markInGraph: (row, out) => graph.markRow(row, out, NEVER),
    },
    QUOTAS,
    { wasm },
  );
  const answers = [];
  for (const round of rounds) {
    const problem = graph.problem(rows, new Array<number>(columns).fill(1));
    // A need's price is the match bonus give or take a fit, as a solve leaves it.
    const bonus = matchBonus(problem);
    const prices: Prices = {
      rowPrice: Float64Array.from(round.rowPrice, (offset) => bonus + offset),
      supporterPrice: Float64Array.from(round.supporterPrice),
    };
    // A solve leaves no pair of its graph undercharged: raise the needs' prices to make it so.
    problem.edgeRow.forEach((row, e) => {
      const fair = problem.edgeScore[e]! + bonus - prices.supporterPrice[problem.edgeCol[e]!]!;
      if (prices.rowPrice[row]! < fair) prices.rowPrice[row] = fair;
    });
    const priced = pricer.price(problem, prices);
    answers.push(priced);
    // The pairs the prices keep fair join the graph, as the solver's pairs would.
    for (let at = 0; at < priced.added.length; at += 3)
      graph.add(priced.added[at]!, priced.added[at + 1]!, priced.added[at + 2]!);
  }
  return answers;
}

interface Instance {
  rows: number;
  columns: number;
  scores: number[];
  rounds: { rowPrice: number[]; supporterPrice: number[] }[];
}

describe('CohortPricer', () => {
  it('finds the same undercharged pairs, slack and rounds with the WebAssembly scan as without', () => {
    expect(RowPricer.for(45)).not.toBeNull();
    fc.assert(
      fc.property(roundsArb, (instance) => {
        expect(priceRounds(instance, true)).toEqual(priceRounds(instance, false));
      }),
      { numRuns: 300 },
    );
  });

  it('scans in JavaScript a round whose prices are not small integers, with the same answer', () => {
    const instance: Instance = {
      rows: 2,
      columns: 9,
      scores: [5, 900, NEVER, 40, 700, 3, 0, 1000, 12, 800, 1, 2, 3, 4, NEVER, 6, 7, 999],
      rounds: [
        { rowPrice: [100, 0.5], supporterPrice: [0, 1, 2, 3, 4, 5, 6, 7, 8] },
        { rowPrice: [100, 2 ** 30], supporterPrice: [0, 1, 2, 3, 4, 5, 6, 7, 8] },
        { rowPrice: [50, 50], supporterPrice: [0, 1, 2, 3, 4, 5, 6, 7, 2 ** 31] },
      ],
    };
    const withWasm = priceRounds(instance, true);
    expect(withWasm).toEqual(priceRounds(instance, false));
    expect(withWasm[0]!.added.length).toBeGreaterThan(0);
  });
});
