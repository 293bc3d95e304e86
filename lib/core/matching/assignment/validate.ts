/**
 * Hand checks of a problem's arrays, shared by the solver and the `match solve` command.
 * Loops rather than a per-element schema: a cohort file holds millions of edges. Returns the
 * first problem as "field: what is wrong", or null.
 */
import { MAX_SCORE, type AssignmentProblem } from './types';

export function findProblemError(problem: AssignmentProblem): string | null {
  return checkProblem(problem).error;
}

/** What the pass that checks the edges learns of them, for the solver and the certificate. */
export interface ProblemFacts {
  /**
   * The edges come in strictly increasing (protégé, supporter) order. For a complete square
   * problem that means edge e is the pair (e / n, e % n), which the dense solver uses.
   */
  pairOrder: boolean;
  /** The highest score of any edge (0 with none), which the match bonus is made from. */
  maxScore: number;
}

export interface ProblemCheck extends ProblemFacts {
  /** The first problem as "field: what is wrong", or null. */
  error: string | null;
}

const REFUSED = (error: string): ProblemCheck => ({ error, pairOrder: false, maxScore: 0 });

/** findProblemError, and what the one pass over the edges learnt: their order, the top score. */
export function checkProblem(problem: AssignmentProblem): ProblemCheck {
  const { proteges, supporters, edgeRow, edgeCol } = problem;
  const error = findSizeError(problem);
  if (error !== null) return REFUSED(error);
  const scan = { maxScore: 0 };
  const ordered = pairOrderPrefix(problem, scan);
  const e = firstEdgeOutOfRange(problem, ordered, scan);
  if (e >= 0) {
    if (!(edgeRow[e]! >= 0 && edgeRow[e]! < proteges))
      return REFUSED(`edges[${e}][0]: protégé index must be in 0..${proteges - 1}`);
    if (!(edgeCol[e]! >= 0 && edgeCol[e]! < supporters))
      return REFUSED(`edges[${e}][1]: supporter index must be in 0..${supporters - 1}`);
    return REFUSED(`edges[${e}][2]: score must be an integer in 0..${MAX_SCORE}`);
  }
  const { maxScore } = scan;
  if (ordered === edgeRow.length) return { error: null, pairOrder: true, maxScore };
  if (hasNoDuplicateByBitmap(problem)) return { error: null, pairOrder: false, maxScore };
  return { error: findDuplicateEdge(problem), pairOrder: false, maxScore };
}

function findSizeError({ proteges, supporters, capacity }: AssignmentProblem): string | null {
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
  return null;
}

/**
 * How many edges, from the first, are in range and in strictly increasing (protégé, supporter)
 * order, as files written row by row come: when that is all of them, no pair can repeat, and
 * this one read proves it. Their top score goes into `scan`. The rest, if any,
 * firstEdgeOutOfRange checks: a call inside this loop, even one never made, made the loop
 * twice as slow.
 */
function pairOrderPrefix(
  { proteges, supporters, edgeRow, edgeCol, edgeScore }: AssignmentProblem,
  scan: { maxScore: number },
): number {
  let lastRow = -1;
  let lastCol = -1;
  let top = scan.maxScore;
  let e = 0;
  for (; e < edgeRow.length; e++) {
    const i = edgeRow[e]!;
    const j = edgeCol[e]!;
    const s = edgeScore[e]!;
    if (i < 0 || i >= proteges || j < 0 || j >= supporters || s < 0 || s > MAX_SCORE) break;
    if (i < lastRow || (i === lastRow && j <= lastCol)) break;
    if (s > top) top = s;
    lastRow = i;
    lastCol = j;
  }
  scan.maxScore = top;
  return e;
}

/**
 * The first edge from `from` on with a protégé, supporter or score out of range, or -1, with
 * the top score of the edges into `scan`. A loop
 * of its own, with nothing after it but the return: folded into a longer function, V8
 * deoptimised at the code after the loop on every call and, once recompiled, ran the loop 3x
 * slower (63 ms against 20 ms at 4 million edges).
 */
function firstEdgeOutOfRange(
  { proteges, supporters, edgeRow, edgeCol, edgeScore }: AssignmentProblem,
  from: number,
  scan: { maxScore: number },
): number {
  let top = scan.maxScore;
  for (let e = from; e < edgeRow.length; e++) {
    const i = edgeRow[e]!;
    const j = edgeCol[e]!;
    const s = edgeScore[e]!;
    if (i < 0 || i >= proteges || j < 0 || j >= supporters || s < 0 || s > MAX_SCORE) return e;
    if (s > top) top = s;
  }
  scan.maxScore = top;
  return -1;
}

// Past this many bits per edge, the pair bitmap would cost more memory than the row buckets.
const BITS_PER_EDGE = 32;

/**
 * The quick check for dense problems: one bit per possible pair, set edge by edge, in one
 * sequential pass (the row buckets below take four passes, two of them scattered). True when
 * no pair repeats; false when one does or the bitmap would be too large, and then
 * findDuplicateEdge decides and names the duplicate.
 */
function hasNoDuplicateByBitmap({ proteges, supporters, edgeRow, edgeCol }: AssignmentProblem) {
  const pairs = proteges * supporters;
  if (pairs > BITS_PER_EDGE * edgeRow.length || pairs >= 2 ** 31) return false;
  const seen = new Int32Array(Math.ceil(pairs / 32));
  for (let e = 0; e < edgeRow.length; e++) {
    const k = edgeRow[e]! * supporters + edgeCol[e]!;
    const bit = 1 << (k & 31);
    const word = k >>> 5;
    if ((seen[word]! & bit) !== 0) return false;
    seen[word] = seen[word]! | bit;
  }
  return true;
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
