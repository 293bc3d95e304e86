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

export const tinyProblemArb: fc.Arbitrary<TripleProblem> = fc
  .record({ proteges: fc.integer({ min: 0, max: 7 }), supporters: fc.integer({ min: 0, max: 4 }) })
  .chain(({ proteges, supporters }) =>
    fc.record({
      proteges: fc.constant(proteges),
      supporters: fc.constant(supporters),
      capacity: fc.array(fc.integer({ min: 0, max: 3 }), {
        minLength: supporters,
        maxLength: supporters,
      }),
      edges: fc
        .array(fc.option(scoreArb, { freq: 2 }), {
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
