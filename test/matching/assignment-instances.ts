/**
 * Test factories: fast-check arbitraries for tiny problems and a seeded generator for larger
 * ones, both producing readable triples so the references can use them directly.
 */
import fc from 'fast-check';

export interface TripleProblem {
  proteges: number;
  supporters: number;
  capacity: number[];
  edges: [number, number, number][];
}

// Few distinct scores so that ties and zeros are common, plus the full range.
const scoreArb = fc.oneof(
  fc.constant(0),
  fc.integer({ min: 0, max: 3 }),
  fc.integer({ min: 0, max: 1_000_000 }),
);

/**
 * Problems of up to `maxProteges` x `maxSupporters` with capacities 0-3, each pair drawn from
 * `cell` or left out (one in `freq + 1` times).
 */
function gridProblemArb(
  maxProteges: number,
  maxSupporters: number,
  minSize: number,
  cell: fc.Arbitrary<number>,
  freq: number,
): fc.Arbitrary<TripleProblem> {
  return fc
    .record({
      proteges: fc.integer({ min: minSize, max: maxProteges }),
      supporters: fc.integer({ min: minSize, max: maxSupporters }),
    })
    .chain(({ proteges, supporters }) =>
      fc.record({
        proteges: fc.constant(proteges),
        supporters: fc.constant(supporters),
        capacity: fc.array(fc.integer({ min: 0, max: 3 }), {
          minLength: supporters,
          maxLength: supporters,
        }),
        edges: fc
          .array(fc.option(cell, { freq }), {
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
}

export const tinyProblemArb = gridProblemArb(7, 4, 0, scoreArb, 2);

/**
 * Two-cost problems (every score 0 or 999, so almost every path meets a tie), with capacities
 * and missing pairs: the family on which tie rules decide which path is taken.
 */
export const twoCostProblemArb = gridProblemArb(12, 8, 1, fc.constantFrom(0, 999), 4);

/**
 * Complete square problems, one seat each, the classic case dense-square.ts solves: edges listed
 * in a shuffled order, with scores from a few values (ties everywhere) or the full range.
 */
export const completeSquareArb: fc.Arbitrary<TripleProblem> = fc
  .integer({ min: 1, max: 9 })
  .chain((n) =>
    fc.record({
      proteges: fc.constant(n),
      supporters: fc.constant(n),
      capacity: fc.constant(new Array<number>(n).fill(1)),
      edges: fc
        .tuple(
          fc.array(fc.oneof(fc.constantFrom(0, 999), scoreArb), {
            minLength: n * n,
            maxLength: n * n,
          }),
          fc.shuffledSubarray([...Array(n * n).keys()], { minLength: n * n, maxLength: n * n }),
        )
        .map(([scores, order]) =>
          order.map((k): [number, number, number] => [Math.floor(k / n), k % n, scores[k]!]),
        ),
    }),
  );

/** A deterministic random problem (mulberry32), `density` the share of allowed pairs. */
export function seededProblem(
  seed: number,
  proteges: number,
  supporters: number,
  density: number,
): TripleProblem {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const capacity = Array.from({ length: supporters }, () => Math.floor(next() * 6));
  const edges: [number, number, number][] = [];
  for (let i = 0; i < proteges; i++) {
    for (let j = 0; j < supporters; j++) {
      if (next() < density) edges.push([i, j, Math.floor(next() * 50) * 1000]);
    }
  }
  return { proteges, supporters, capacity, edges };
}
