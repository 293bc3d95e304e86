/**
 * The classic assignment benchmark families (as in Dell'Amico and Toth, "Algorithms and codes
 * for dense assignment problems", Discrete Applied Mathematics 100 (2000) 17-48), as dense
 * n x n problems with capacity 1. They are published as costs to minimise; the engine
 * maximises scores of 0..MAX_SCORE, so each cost c becomes score = top - c.
 *   uniform: costs 1..100, many ties;  two-cost: 1 or 1000 with equal odds, almost all ties;
 *   machol-wien: c = i * j (1-based), scaled down to fit MAX_SCORE when n > 1000;
 *   geometric: floor of the distance between random points in a 1000 x 1000 square;
 *   popular: the supporter's skewed popularity plus a little noise (everyone wants the same few).
 */
import { MAX_SCORE, type AssignmentProblem } from '@/lib/core/matching/assignment';
import { prng } from './instances';

export const FAMILIES = ['uniform', 'two-cost', 'machol-wien', 'geometric', 'popular'] as const;
export type Family = (typeof FAMILIES)[number];

export function makeFamily(family: Family, n: number, seed: number): AssignmentProblem {
  const random = prng(seed);
  const cost = costOf(family, n, random);
  const edgeRow = new Int32Array(n * n);
  const edgeCol = new Int32Array(n * n);
  const costs = new Float64Array(n * n);
  let top = 0;
  for (let i = 0, e = 0; i < n; i++) {
    for (let j = 0; j < n; j++, e++) {
      edgeRow[e] = i;
      edgeCol[e] = j;
      costs[e] = cost(i, j);
      if (costs[e]! > top) top = costs[e]!;
    }
  }
  const edgeScore = Int32Array.from(costs, (c) => top - c);
  return {
    proteges: n,
    supporters: n,
    capacity: new Array<number>(n).fill(1),
    edgeRow,
    edgeCol,
    edgeScore,
  };
}

function costOf(family: Family, n: number, random: () => number): (i: number, j: number) => number {
  switch (family) {
    case 'uniform':
      return () => 1 + Math.floor(random() * 100);
    case 'two-cost':
      return () => (random() < 0.5 ? 1 : 1000);
    case 'machol-wien': {
      const scale = Math.max(1, Math.ceil((n * n) / MAX_SCORE));
      return (i, j) => Math.floor(((i + 1) * (j + 1)) / scale);
    }
    case 'geometric': {
      const point = () => [random() * 1000, random() * 1000] as const;
      const rows = Array.from({ length: n }, point);
      const cols = Array.from({ length: n }, point);
      return (i, j) => Math.floor(Math.hypot(rows[i]![0] - cols[j]![0], rows[i]![1] - cols[j]![1]));
    }
    case 'popular': {
      const popularity = Float64Array.from({ length: n }, () =>
        Math.floor(800_000 * random() ** 4),
      );
      return (_, j) => 1_000_000 - popularity[j]! - Math.floor(random() * 200_001);
    }
  }
}
