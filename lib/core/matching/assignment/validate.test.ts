import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { problemFromTriples } from './convert';
import { checkProblem, findProblemError } from './validate';
import { tinyProblemArb } from '@/test/matching/assignment-instances';

// Every pair of an n x m grid once, in a shuffled order, then one pair repeated somewhere.
const gridWithRepeatArb = fc
  .record({ n: fc.integer({ min: 1, max: 8 }), m: fc.integer({ min: 1, max: 8 }) })
  .chain(({ n, m }) =>
    fc.record({
      n: fc.constant(n),
      m: fc.constant(m),
      // How much of the grid is listed: all of it (the pair bitmap decides) or a little
      // (the row buckets decide).
      share: fc.constantFrom(1, 0.02),
      order: fc.shuffledSubarray([...Array(n * m).keys()], { minLength: n * m, maxLength: n * m }),
      repeat: fc.nat(),
      at: fc.nat(),
    }),
  );

describe('findProblemError', () => {
  it('accepts edges in pair order and names a repeat placed next to its first', () => {
    const edges: [number, number, number][] = [];
    for (let i = 0; i < 3; i++) for (let j = 0; j < 4; j++) edges.push([i, j, i + j]);
    const capacity = [1, 1, 1, 1];
    expect(findProblemError(problemFromTriples(3, 4, capacity, edges))).toBeNull();
    const withRepeat = [
      ...edges.slice(0, 6),
      [1, 1, 9] as [number, number, number],
      ...edges.slice(6),
    ];
    expect(findProblemError(problemFromTriples(3, 4, capacity, withRepeat))).toBe(
      'edges[6]: duplicate of edges[5] (pair 1, 1)',
    );
  });

  it('names the same duplicate whether the problem is dense or sparse', () => {
    fc.assert(
      fc.property(gridWithRepeatArb, ({ n, m, share, order, repeat, at }) => {
        const listed = order.slice(0, Math.max(1, Math.floor(order.length * share)));
        const edges = listed.map((k): [number, number, number] => [Math.floor(k / m), k % m, 1]);
        expect(findProblemError(problemFromTriples(n, m, Array(m).fill(1), edges))).toBeNull();
        const copy = edges[repeat % edges.length]!;
        const withRepeat = [...edges];
        withRepeat.splice(at % (edges.length + 1), 0, [copy[0], copy[1], 2]);
        const first = withRepeat.findIndex(([i, j]) => i === copy[0] && j === copy[1]);
        const second = withRepeat.findLastIndex(([i, j]) => i === copy[0] && j === copy[1]);
        expect(findProblemError(problemFromTriples(n, m, Array(m).fill(1), withRepeat))).toBe(
          `edges[${second}]: duplicate of edges[${first}] (pair ${copy[0]}, ${copy[1]})`,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('reports the top score and whether the edges come in pair order, as the certificate uses them', () => {
    fc.assert(
      fc.property(tinyProblemArb, fc.boolean(), (t, reversed) => {
        const edges = reversed ? [...t.edges].reverse() : t.edges;
        const problem = problemFromTriples(t.proteges, t.supporters, t.capacity, edges);
        const check = checkProblem(problem);
        expect(check.error).toBeNull();
        expect(check.maxScore).toBe(Math.max(0, ...edges.map(([, , s]) => s)));
        const keys = edges.map(([i, j]) => i * t.supporters + j);
        expect(check.pairOrder).toBe(keys.every((k, e) => e === 0 || k > keys[e - 1]!));
      }),
      { numRuns: 300 },
    );
  });
});
