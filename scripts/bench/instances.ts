/**
 * Seeded benchmark instances. "uniform": every score independent. "popular": score = the
 * supporter's popularity plus a little noise, so everyone ranks the same few people first,
 * the hard case for assignment. Sparse instances keep `perRow` edges per protégé: its best,
 * or a random eligible set (as when language and reporting-line rules prune the pairs).
 */
import type { AssignmentProblem } from '@/lib/core/matching/assignment';

export type Kind = 'uniform' | 'popular';

export interface InstanceSpec {
  kind: Kind;
  proteges: number;
  supporters: number;
  capacity: number;
  /** Edges kept per protégé; undefined keeps all pairs (dense). */
  perRow?: number;
  /** Which edges a sparse protégé keeps: its best, or a random eligible set. */
  keep?: 'best' | 'random';
  seed: number;
}

/** mulberry32: tiny, fast, and enough for reproducible benchmark data. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function makeInstance(spec: InstanceSpec): AssignmentProblem {
  const { kind, proteges, supporters, perRow } = spec;
  const random = prng(spec.seed);
  // Popularity is heavily skewed: a few supporters are near 800,000, most near 0.
  const popularity = Float64Array.from({ length: supporters }, () =>
    Math.floor(800_000 * random() ** 4),
  );
  const keep = Math.min(perRow ?? supporters, supporters);
  const edgeRow = new Int32Array(proteges * keep);
  const edgeCol = new Int32Array(proteges * keep);
  const edgeScore = new Int32Array(proteges * keep);
  const rowScores = new Int32Array(supporters);
  const order = new Int32Array(supporters);
  let e = 0;
  for (let i = 0; i < proteges; i++) {
    for (let j = 0; j < supporters; j++) {
      rowScores[j] =
        kind === 'uniform'
          ? Math.floor(random() * 1_000_001)
          : popularity[j]! + Math.floor(random() * 200_001);
      order[j] = j;
    }
    if (keep < supporters && spec.keep === 'random') {
      // Partial Fisher-Yates: the first `keep` entries become a uniform random subset.
      for (let k = 0; k < keep; k++) {
        const pick = k + Math.floor(random() * (supporters - k));
        const held = order[k]!;
        order[k] = order[pick]!;
        order[pick] = held;
      }
    } else if (keep < supporters) order.sort((a, b) => rowScores[b]! - rowScores[a]!);
    for (let k = 0; k < keep; k++) {
      edgeRow[e] = i;
      edgeCol[e] = order[k]!;
      edgeScore[e] = rowScores[order[k]!]!;
      e++;
    }
  }
  const capacity = new Array<number>(supporters).fill(spec.capacity);
  return { proteges, supporters, capacity, edgeRow, edgeCol, edgeScore };
}
