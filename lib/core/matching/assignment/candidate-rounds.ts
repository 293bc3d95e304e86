/**
 * Candidate rounds: how a large problem is solved exactly without solving it on all its pairs.
 * Solve on a sparse candidate graph; price every pair left out with the answer's duals; add the
 * pairs they undercharge (u_i + v_j < w_ij) and solve again; stop when none is undercharged.
 * This is delayed column generation for the assignment LP: the final answer is feasible, its
 * prices are feasible on EVERY pair (the graph's by the solver, the rest by the last pricing)
 * and complementary slackness holds on the graph, which is the whole certificate (certify.ts).
 *
 * Used by the bare solver (solve.ts: pairs are an edge list, each round solved cold) and by the
 * cohort engine (cohort/assign.ts: pairs are a scored cohort, rounds warm-started and priced in
 * cohort/pricing.ts). What differs between them is passed in; the loop and its proof are here.
 *
 * Why it ends: a pair in the graph is never undercharged once the graph is solved (the solver's
 * dual feasibility), so every round that goes on adds at least one pair not yet in the graph;
 * with finitely many pairs there are at most (pairs - first graph) + 1 rounds. In practice a
 * handful, because each pricing adds the most undercharged pairs first.
 */
export interface CandidateRounds<Answer> {
  /** Solves the current graph exactly; `last` is the previous round's answer (none at first). */
  solve(last: Answer | undefined, round: number): Answer;
  /**
   * Adds to the graph the left-out pairs the answer's prices undercharge and returns how many
   * were found; 0 means the prices hold for every pair, so the answer is optimal.
   */
  addUnderpriced(answer: Answer, round: number): number;
  /**
   * Whether the answer's prices are a certificate on the graph at all. When they are not there
   * is nothing to price with, and the rounds stop with that uncertified answer. Omitted when
   * the solver always leaves certifying prices.
   */
  isCertified?(answer: Answer): boolean;
}

export function runCandidateRounds<Answer>(rounds: CandidateRounds<Answer>): {
  answer: Answer;
  rounds: number;
} {
  let answer: Answer | undefined;
  for (let round = 1; ; round++) {
    answer = rounds.solve(answer, round);
    if (rounds.isCertified && !rounds.isCertified(answer)) return { answer, rounds: round };
    if (rounds.addUnderpriced(answer, round) === 0) return { answer, rounds: round };
  }
}
