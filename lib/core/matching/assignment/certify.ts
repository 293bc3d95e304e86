/**
 * The optimality certificate. For the LP  max sum w_ij x_ij  s.t. each row <= 1, supporter j
 * <= c_j, x >= 0 (integral, as the constraint matrix is totally unimodular), prices u, v prove
 * an assignment optimal when:
 *   the assignment is feasible (listed pairs, one per row, capacity kept);
 *   u, v >= 0 and u_i + v_j >= w_ij on EVERY listed edge (dual feasibility);
 *   u_i + v_j = w_ij on seated pairs, u_i = 0 on unmatched rows, v_j = 0 unless j is full
 *   (complementary slackness).
 * Then sum(w) = sum(u) + sum(c v), which bounds every assignment. With w = score + BIG the
 * optimum matches the most rows first, then scores most (weights.ts).
 */
import type { AssignmentProblem, AssignmentSolution } from './types';
import { findProblemError } from './validate';
import { matchBonus } from './weights';

export function certifyAssignment(
  problem: AssignmentProblem,
  solution: Pick<
    AssignmentSolution,
    'rowSupporter' | 'rowPrice' | 'supporterPrice' | 'matched' | 'total'
  >,
): boolean {
  if (findProblemError(problem) !== null) return false;
  const { proteges, supporters, capacity, edgeRow, edgeCol, edgeScore } = problem;
  const { rowSupporter, rowPrice: u, supporterPrice: v } = solution;
  if (rowSupporter.length !== proteges || u.length !== proteges || v.length !== supporters)
    return false;
  const bonus = matchBonus(problem);

  const load = new Int32Array(supporters);
  for (let i = 0; i < proteges; i++) {
    const j = rowSupporter[i]!;
    if (!Number.isSafeInteger(u[i]) || u[i]! < 0) return false;
    if (j === -1) {
      if (u[i] !== 0) return false;
      continue;
    }
    if (!(j >= 0 && j < supporters)) return false;
    load[j]!++;
  }
  for (let j = 0; j < supporters; j++) {
    if (!Number.isSafeInteger(v[j]) || v[j]! < 0 || load[j]! > capacity[j]!) return false;
    if (v[j]! > 0 && load[j] !== capacity[j]) return false;
  }

  // Every pair is checked against the prices, and each seated pair must be a listed, tight edge.
  let seatedFound = 0;
  let total = 0;
  let primal = 0n;
  for (let e = 0; e < edgeRow.length; e++) {
    const i = edgeRow[e]!;
    const j = edgeCol[e]!;
    const w = edgeScore[e]! + bonus;
    const slack = u[i]! + v[j]! - w;
    if (slack < 0) return false;
    if (rowSupporter[i] === j) {
      if (slack !== 0) return false;
      seatedFound++;
      total += edgeScore[e]!;
      primal += BigInt(w);
    }
  }
  let matched = 0;
  for (let j = 0; j < supporters; j++) matched += load[j]!;
  if (seatedFound !== matched || matched !== solution.matched || total !== solution.total)
    return false;

  // Implied by the conditions above; kept as an independent check on the arithmetic.
  let dual = 0n;
  for (let i = 0; i < proteges; i++) dual += BigInt(u[i]!);
  for (let j = 0; j < supporters; j++) dual += BigInt(v[j]!) * BigInt(capacity[j]!);
  return dual === primal;
}
