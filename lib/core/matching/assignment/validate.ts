/**
 * Hand checks of a problem's arrays, shared by the solver and the `match solve` command.
 * Loops rather than a per-element schema: a cohort file holds millions of edges. Returns the
 * first problem as "field: what is wrong", or null.
 */
import { MAX_SCORE, type AssignmentProblem } from './types';

export function findProblemError(problem: AssignmentProblem): string | null {
  const { proteges, supporters, capacity, edgeRow, edgeCol, edgeScore } = problem;
  if (!Number.isSafeInteger(proteges) || proteges < 0) return 'proteges: must be an integer >= 0';
  if (!Number.isSafeInteger(supporters) || supporters < 0) {
    return 'supporters: must be an integer >= 0';
  }
  if (capacity.length !== supporters) {
    return `capacity: must list ${supporters} entries (one per supporter), got ${capacity.length}`;
  }
  for (let j = 0; j < supporters; j++) {
    const c = capacity[j]!;
    if (!Number.isSafeInteger(c) || c < 0) return `capacity[${j}]: must be an integer >= 0`;
  }
  // On dense problems, one bit per possible pair finds repeats in this same pass; a repeat (or
  // no bitmap) leaves the naming of the first duplicate to findDuplicateEdge.
  const seen = pairBitmap(problem);
  let mayRepeat = seen === null;
  for (let e = 0; e < edgeRow.length; e++) {
    const i = edgeRow[e]!;
    const j = edgeCol[e]!;
    const s = edgeScore[e]!;
    if (i < 0 || i >= proteges)
      return `edges[${e}][0]: protégé index must be in 0..${proteges - 1}`;
    if (j < 0 || j >= supporters) {
      return `edges[${e}][1]: supporter index must be in 0..${supporters - 1}`;
    }
    if (s < 0 || s > MAX_SCORE)
      return `edges[${e}][2]: score must be an integer in 0..${MAX_SCORE}`;
    if (!mayRepeat) {
      const k = i * supporters + j;
      const bit = 1 << (k & 31);
      const word = k >>> 5;
      if ((seen![word]! & bit) !== 0) mayRepeat = true;
      else seen![word] = seen![word]! | bit;
    }
  }
  return mayRepeat ? findDuplicateEdge(problem) : null;
}

// Past this many bits per edge, the pair bitmap would cost more memory than the row buckets.
const BITS_PER_EDGE = 32;

/**
 * One bit per possible pair, for the quick check of dense problems: one sequential pass, where
 * the row buckets of findDuplicateEdge take four, two of them scattered. Null when the bitmap
 * would be too large for the number of edges.
 */
function pairBitmap({ proteges, supporters, edgeRow }: AssignmentProblem): Int32Array | null {
  const pairs = proteges * supporters;
  if (pairs > BITS_PER_EDGE * edgeRow.length || pairs >= 2 ** 31) return null;
  return new Int32Array(Math.ceil(pairs / 32));
}

// A duplicate pair would make "the score of a pair" ambiguous, so it is an error, not a merge.
// The one reported is in the lowest-numbered row that has one.
function findDuplicateEdge({
  proteges,
  supporters,
  edgeRow,
  edgeCol,
}: AssignmentProblem): string | null {
  // Bucket edges by row (counting sort), then stamp each row's supporters: linear time.
  const start = new Int32Array(proteges + 1);
  for (let e = 0; e < edgeRow.length; e++) start[edgeRow[e]! + 1]!++;
  for (let i = 0; i < proteges; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, proteges);
  const order = new Int32Array(edgeRow.length);
  for (let e = 0; e < edgeRow.length; e++) order[fill[edgeRow[e]!]!++] = e;
  const lastEdgeAt = new Int32Array(supporters).fill(-1);
  const stampRow = new Int32Array(supporters).fill(-1);
  for (let i = 0; i < proteges; i++) {
    for (let k = start[i]!; k < start[i + 1]!; k++) {
      const e = order[k]!;
      const j = edgeCol[e]!;
      if (stampRow[j] === i) {
        const first = Math.min(lastEdgeAt[j]!, e);
        const second = Math.max(lastEdgeAt[j]!, e);
        return `edges[${second}]: duplicate of edges[${first}] (pair ${i}, ${j})`;
      }
      stampRow[j] = i;
      lastEdgeAt[j] = e;
    }
  }
  return null;
}
