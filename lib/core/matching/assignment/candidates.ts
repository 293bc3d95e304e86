/**
 * The sparse candidate graph for large cohorts: each protégé's best few edges plus each
 * supporter's best few. The optimum usually lies inside it; the candidate rounds
 * (candidate-rounds.ts) prove it, or add the edges the prices say were missing.
 */
import { BestK } from './best-k';
import type { AssignmentProblem } from './types';

/** Marks (in `keep`) the `perRow` best edges of every row and `perSupporter` + capacity best of every supporter. */
export function markCandidates(
  problem: AssignmentProblem,
  perRow: number,
  perSupporter: number,
  keep: Uint8Array,
): void {
  const { edgeRow, edgeCol, edgeScore, capacity } = problem;
  markBestPerGroup(edgeRow, problem.proteges, edgeScore, () => perRow, keep);
  markBestPerGroup(
    edgeCol,
    problem.supporters,
    edgeScore,
    (j) => perSupporter + capacity[j]!,
    keep,
  );
}

function markBestPerGroup(
  group: Int32Array,
  groups: number,
  score: Int32Array,
  quota: (g: number) => number,
  keep: Uint8Array,
): void {
  const start = new Int32Array(groups + 1);
  for (let e = 0; e < group.length; e++) start[group[e]! + 1]!++;
  for (let g = 0; g < groups; g++) start[g + 1]! += start[g]!;
  const fill = start.slice(0, groups);
  const order = new Int32Array(group.length);
  for (let e = 0; e < group.length; e++) order[fill[group[e]!]!++] = e;
  const best = new BestK(0);
  for (let g = 0; g < groups; g++) {
    const from = start[g]!;
    const to = start[g + 1]!;
    const k = Math.min(quota(g), to - from);
    // A group that fits whole is kept without comparing (a supporter's quota includes its
    // capacity, which can be most of its edges).
    if (k === to - from) {
      for (let t = from; t < to; t++) keep[order[t]!] = 1;
      continue;
    }
    best.clear(k);
    for (let t = from; t < to; t++) best.offer(order[t]!, score[order[t]!]!);
    best.forEach((e) => (keep[e] = 1));
  }
}
