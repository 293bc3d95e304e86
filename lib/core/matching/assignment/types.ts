/**
 * The bare assignment problem and its answer. Protégé rows each take at most one supporter;
 * supporter j takes at most capacity[j] rows; only listed edges are allowed. Edges are held
 * as three parallel typed arrays because cohorts reach millions of pairs.
 */

export interface AssignmentProblem {
  proteges: number;
  supporters: number;
  capacity: ArrayLike<number>;
  edgeRow: Int32Array;
  edgeCol: Int32Array;
  /** Integers 0..MAX_SCORE. */
  edgeScore: Int32Array;
}

export interface AssignmentSolution {
  matched: number;
  total: number;
  /** Supporter of each row, or -1 when the row stays unmatched. */
  rowSupporter: Int32Array;
  /** Dual price of each row (u_i) under the lexicographic weight; see weights.ts. */
  rowPrice: Float64Array;
  /** Dual price of each supporter (v_j), one per supporter whatever its capacity. */
  supporterPrice: Float64Array;
  /** True only when certifyAssignment accepted the answer over every listed edge. */
  optimal: boolean;
  /** Candidate-graph rounds it took (1 when the whole graph was solved at once). */
  rounds: number;
}

export const MAX_SCORE = 1_000_000;
