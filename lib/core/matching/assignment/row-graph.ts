/**
 * Compressed sparse rows over a chosen subset of the edges: for each protégé, its allowed
 * supporters and the lexicographic weight of each pair, contiguous in typed arrays so the
 * shortest-path loops walk memory in order.
 */
import type { AssignmentProblem } from './types';

export interface RowGraph {
  rowStart: Int32Array;
  col: Int32Array;
  weight: Float64Array;
}

/** `edges` lists edge ids of `problem` to keep; all edges when omitted. */
export function buildRowGraph(
  problem: AssignmentProblem,
  bonus: number,
  edges?: Int32Array,
): RowGraph {
  const count = edges ? edges.length : problem.edgeRow.length;
  const rowStart = new Int32Array(problem.proteges + 1);
  for (let k = 0; k < count; k++) {
    const e = edges ? edges[k]! : k;
    rowStart[problem.edgeRow[e]! + 1]!++;
  }
  for (let i = 0; i < problem.proteges; i++) rowStart[i + 1]! += rowStart[i]!;
  const fill = rowStart.slice(0, problem.proteges);
  const col = new Int32Array(count);
  const weight = new Float64Array(count);
  for (let k = 0; k < count; k++) {
    const e = edges ? edges[k]! : k;
    const at = fill[problem.edgeRow[e]!]!++;
    col[at] = problem.edgeCol[e]!;
    weight[at] = problem.edgeScore[e]! + bonus;
  }
  return { rowStart, col, weight };
}
