/**
 * The optimality certificate. For the LP  max sum w_ij x_ij  s.t. each row <= 1, supporter j
 * <= c_j, x >= 0 (integral, as the constraint matrix is totally unimodular), prices u, v prove
 * an assignment optimal when:
 *   the assignment is feasible (listed pairs, one per row, capacity kept);
 *   u, v >= 0 and u_i + v_j >= w_ij on EVERY listed edge (dual feasibility);
 *   u_i + v_j = w_ij on seated pairs, u_i = 0 on unmatched rows, v_j = 0 unless j is full
 *   (complementary slackness).
 * Then sum(w) = sum(u) + sum(c v), which bounds every assignment. With w = score + BIG the
 * optimum matches the most rows first, then scores most (weights.ts). One pass over the edges
 * and one over each side: O(E + n + m), no BigInt inside the pass over the edges. It trusts
 * nothing the solver did, so it is also the check on warm starts and candidate rounds.
 */
import type { AssignmentProblem, AssignmentSolution } from './types';
import { findProblemError, type ProblemFacts } from './validate';
import { bonusFor, matchBonus } from './weights';

type Certified = Pick<
  AssignmentSolution,
  'rowSupporter' | 'rowPrice' | 'supporterPrice' | 'matched' | 'total'
>;

/** True when the prices prove the assignment optimal over every listed edge. */
export function certifyAssignment(problem: AssignmentProblem, solution: Certified): boolean {
  return findCertificateError(problem, solution) === null;
}

/** The first condition of the certificate that fails, in words, or null when it holds. */
export function findCertificateError(
  problem: AssignmentProblem,
  solution: Certified,
): string | null {
  const problemError = findProblemError(problem);
  if (problemError !== null) return `problem: ${problemError}`;
  return findPriceError(problem, solution);
}

/**
 * The certificate on a problem findProblemError has already accepted: solveAssignment checks
 * its input on the way in, and a second pass over millions of edges would prove nothing new.
 * `facts`, from the same check (validate.ts, checkProblem), saves two more passes: the top
 * score, which the match bonus is made from, and whether the edges come in strictly increasing
 * (protégé, supporter) order. When they do and are every pair, edge e is the pair
 * (e / supporters, e % supporters), and the edge pass reads the scores alone, row by row: the
 * same inequality on every edge, from two arrays instead of four.
 */
export function findPriceError(
  problem: AssignmentProblem,
  solution: Certified,
  facts?: ProblemFacts,
): string | null {
  const { proteges, supporters, capacity, edgeRow, edgeCol, edgeScore } = problem;
  const { rowSupporter, rowPrice: u, supporterPrice: v } = solution;
  if (rowSupporter.length !== proteges || u.length !== proteges || v.length !== supporters)
    return 'solution: one supporter and one price per protégé, one price per supporter';
  const bonus = facts ? bonusFor(problem, facts.maxScore) : matchBonus(problem);

  const load = new Int32Array(supporters);
  for (let i = 0; i < proteges; i++) {
    const j = rowSupporter[i]!;
    if (!Number.isSafeInteger(u[i]) || u[i]! < 0)
      return `protégé ${i}: price ${u[i]} is not an integer >= 0`;
    if (j === -1) {
      if (u[i] !== 0) return `protégé ${i}: unmatched yet priced ${u[i]}`;
      continue;
    }
    if (!(j >= 0 && j < supporters)) return `protégé ${i}: no supporter ${j}`;
    load[j]!++;
  }
  for (let j = 0; j < supporters; j++) {
    if (!Number.isSafeInteger(v[j]) || v[j]! < 0)
      return `supporter ${j}: price ${v[j]} is not an integer >= 0`;
    if (load[j]! > capacity[j]!)
      return `supporter ${j}: ${load[j]} seated, capacity ${capacity[j]}`;
    if (v[j]! > 0 && load[j] !== capacity[j])
      return `supporter ${j}: priced ${v[j]} with a free seat`;
  }

  // Every pair is checked against the prices, and each seated pair must be a listed, tight edge.
  const seated = { found: 0, total: 0 };
  const rowMajor = facts?.pairOrder === true && edgeRow.length === proteges * supporters;
  const underpriced = (rowMajor ? firstFailingCell : firstFailingEdge)(
    problem,
    rowSupporter,
    u,
    v,
    bonus,
    seated,
  );
  if (underpriced >= 0) {
    const i = edgeRow[underpriced]!;
    const j = edgeCol[underpriced]!;
    const slack = u[i]! + v[j]! - (edgeScore[underpriced]! + bonus);
    return `edge ${underpriced} (protégé ${i}, supporter ${j}): underpriced by ${-slack}, u + v < weight`;
  }
  const { found: seatedFound, total } = seated;
  let matched = 0;
  for (let j = 0; j < supporters; j++) matched += load[j]!;
  if (seatedFound !== matched) {
    const loose = findSlackSeat(problem, rowSupporter, u, v, bonus);
    if (loose >= 0) {
      const i = edgeRow[loose]!;
      const j = edgeCol[loose]!;
      const slack = u[i]! + v[j]! - (edgeScore[loose]! + bonus);
      return `edge ${loose} (protégé ${i}, supporter ${j}): seated with slack ${slack}`;
    }
    return `seated pairs: ${matched - seatedFound} are not listed edges`;
  }
  if (matched !== solution.matched) return `matched: says ${solution.matched}, seats ${matched}`;
  if (total !== solution.total) return `total: says ${solution.total}, seated pairs score ${total}`;

  // Implied by the conditions above; kept as an independent check on the arithmetic. Each
  // seated pair weighs its score + bonus, so the primal is total + bonus * matched.
  const primal = BigInt(total) + BigInt(bonus) * BigInt(matched);
  let dual = 0n;
  for (let i = 0; i < proteges; i++) dual += BigInt(u[i]!);
  for (let j = 0; j < supporters; j++) dual += BigInt(v[j]!) * BigInt(capacity[j]!);
  return dual === primal ? null : `objective: dual ${dual} differs from primal ${primal}`;
}

/**
 * The pass over every edge, on its own and free of strings, so that it compiles to a tight
 * loop: the first edge priced below its weight, or -1, with the tight seated pairs counted and
 * scored into `seated`. Only a tight edge (slack 0) is looked up in the seats, which saves a
 * read per edge: pairs are unique, so each seated row has at most one listed edge, and the
 * count reaches `matched` exactly when every seated pair is a listed, tight edge. When it does
 * not, findSlackSeat names the pair that failed.
 */
function firstFailingEdge(
  { edgeRow, edgeCol, edgeScore }: AssignmentProblem,
  rowSupporter: ArrayLike<number>,
  u: ArrayLike<number>,
  v: ArrayLike<number>,
  bonus: number,
  seated: { found: number; total: number },
): number {
  let found = 0;
  let total = 0;
  for (let e = 0; e < edgeRow.length; e++) {
    const i = edgeRow[e]!;
    const j = edgeCol[e]!;
    const slack = u[i]! + v[j]! - (edgeScore[e]! + bonus);
    if (slack <= 0) {
      if (slack < 0) return e;
      if (rowSupporter[i] === j) {
        found++;
        total += edgeScore[e]!;
      }
    }
  }
  seated.found = found;
  seated.total = total;
  return -1;
}

/** firstFailingEdge when edge e is the pair (e / supporters, e % supporters). */
function firstFailingCell(
  { proteges, supporters, edgeScore }: AssignmentProblem,
  rowSupporter: ArrayLike<number>,
  u: ArrayLike<number>,
  v: ArrayLike<number>,
  bonus: number,
  seated: { found: number; total: number },
): number {
  let found = 0;
  let total = 0;
  for (let i = 0; i < proteges; i++) {
    const e = i * supporters;
    const over = u[i]! - bonus;
    const seat = rowSupporter[i]!;
    const failed = firstUnderpricedInRow(edgeScore, e, supporters, over, v);
    if (failed >= 0) return failed;
    // The row's seat, if it has one, is the only pair of the row that can count.
    if (seat >= 0 && over + v[seat]! === edgeScore[e + seat]!) {
      found++;
      total += edgeScore[e + seat]!;
    }
  }
  seated.found = found;
  seated.total = total;
  return -1;
}

/** The first edge of one row, from `start`, priced below its weight, or -1. */
function firstUnderpricedInRow(
  edgeScore: Int32Array,
  start: number,
  supporters: number,
  over: number,
  v: ArrayLike<number>,
): number {
  for (let j = 0; j < supporters; j++) if (over + v[j]! < edgeScore[start + j]!) return start + j;
  return -1;
}

/** The first seated pair listed with slack, or -1 (then a seated pair is not listed at all). */
function findSlackSeat(
  { edgeRow, edgeCol, edgeScore }: AssignmentProblem,
  rowSupporter: ArrayLike<number>,
  u: ArrayLike<number>,
  v: ArrayLike<number>,
  bonus: number,
): number {
  for (let e = 0; e < edgeRow.length; e++) {
    const i = edgeRow[e]!;
    if (rowSupporter[i] === edgeCol[e] && u[i]! + v[edgeCol[e]!]! !== edgeScore[e]! + bonus)
      return e;
  }
  return -1;
}
