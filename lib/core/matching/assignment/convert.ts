/**
 * Conversions between the readable form of a problem ([i, j, score] triples, [i, j] pairs)
 * and the typed-array form the solver uses. The caller checks the triples are integers.
 */
import type { AssignmentProblem, AssignmentSolution } from './types';

export function problemFromTriples(
  proteges: number,
  supporters: number,
  capacity: readonly number[],
  edges: readonly (readonly [number, number, number])[],
): AssignmentProblem {
  const edgeRow = new Int32Array(edges.length);
  const edgeCol = new Int32Array(edges.length);
  const edgeScore = new Int32Array(edges.length);
  edges.forEach(([i, j, s], e) => {
    edgeRow[e] = i;
    edgeCol[e] = j;
    edgeScore[e] = s;
  });
  return { proteges, supporters, capacity: [...capacity], edgeRow, edgeCol, edgeScore };
}

/** Seated pairs in row order. */
export function assignmentPairs(
  solution: Pick<AssignmentSolution, 'rowSupporter'>,
): [number, number][] {
  const pairs: [number, number][] = [];
  solution.rowSupporter.forEach((j, i) => {
    if (j >= 0) pairs.push([i, j]);
  });
  return pairs;
}
