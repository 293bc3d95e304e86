/**
 * solveAssignment: the exact, certified optimum of a capacitated assignment problem (most
 * pairs first, then the highest total score; weights.ts makes that one weight).
 *
 * The solver follows R. Jonker and A. Volgenant, "A shortest augmenting path algorithm for
 * dense and sparse linear assignment problems", Computing 38 (1987) 325-340, adapted to
 * capacities and to rows that may stay unmatched. Its phases, each in a module of its own:
 *   1. candidates.ts: on large problems, a sparse candidate graph (each side's best few edges);
 *   2. row-reduction.ts: JV's augmenting row reduction, as a bounded warm-up;
 *   3. shortest-paths.ts: JV's augmentation, one shortest augmenting path per row left over;
 *   4. candidate-rounds.ts: price the edges left out of the graph, add the undercharged ones,
 *      repeat 2-3 until none is (only when phase 1 ran);
 *   5. certify.ts: the prices are checked as an LP dual over every listed edge.
 * JV's column reduction and reduction transfer are not used: prices start at 0 (or at the
 * caller's start prices), which already satisfies the invariants of phase 3.
 *
 * After `roundsBeforeWhole` rounds, or once the graph holds a quarter of the edges, the next
 * round takes every edge (and so is the last): on Machol-Wien instances the rounds otherwise
 * run ~n/6 times, each a full solve (docs/decisions/022-solver-ties-and-warm-start.md).
 *
 * Each round after the first starts from the last round's seats and prices (warm-start.ts):
 * the protégés the new edges undercharge are re-added, and a supporter left free and priced
 * is repaired by a mirror search, so the answer still certifies (`warmRounds: false`: cold).
 */
import { BestK } from './best-k';
import { findPriceError } from './certify';
import { markCandidates } from './candidates';
import {
  isCompleteSquare,
  solveDenseSquare,
  type DenseAnswer,
  type DenseEngine,
} from './dense-square';
import { runCandidateRounds } from './candidate-rounds';
import { buildRowGraph } from './row-graph';
import type { DualState } from './shortest-paths';
import { solveOnGraph } from './solve-graph';
import { solveWarm } from './warm-start';
import type { AssignmentProblem, AssignmentSolution } from './types';
import { checkProblem, type ProblemFacts } from './validate';
import { bonusFor } from './weights';

export interface SolveOptions {
  /** Edges kept per protégé in the candidate graph. */
  perRow?: number;
  /** Edges kept per supporter beyond its capacity. */
  perSupporter?: number;
  /** Below this many edges per protégé on average, the whole graph is solved at once. */
  sparseAbove?: number;
  /** Budget of the row-reduction warm-up, in steps per protégé (0 turns it off). */
  warmUpSteps?: number;
  /**
   * Candidate rounds before the rounds give up paying: the next round then takes every
   * remaining edge, so it is the last one.
   */
  roundsBeforeWhole?: number;
  /**
   * Supporter prices to start from, e.g. those of the same problem with fewer edges. A good
   * guess saves most of the work; a bad one can leave the answer uncertified (`optimal:
   * false`), in which case solve again without it. Only for problems solved whole.
   */
  startPrices?: ArrayLike<number>;
  /**
   * Whether each candidate round after the first starts from the last round's seats and
   * prices (warm-start.ts) instead of from nothing.
   */
  warmRounds?: boolean;
  /**
   * Which copy of the dense solver takes complete square problems: 'wasm' (the default; it
   * falls back to 'js' where WebAssembly cannot run it) or 'js'. For benchmarks and tests.
   */
  denseEngine?: DenseEngine;
  /**
   * The optimum of the same problem with fewer edges (a subgraph: every seated pair of it must
   * still be an edge), to start from its seats and prices (warm-start.ts) instead of from
   * nothing. Always conclusive, unlike `startPrices`. Only for problems solved whole.
   */
  warmFrom?: Pick<AssignmentSolution, 'rowSupporter' | 'rowPrice' | 'supporterPrice'>;
}

const DEFAULTS: Required<Omit<SolveOptions, 'startPrices' | 'denseEngine' | 'warmFrom'>> = {
  perRow: 6,
  perSupporter: 6,
  sparseAbove: 16,
  warmUpSteps: 4,
  roundsBeforeWhole: 4,
  warmRounds: true,
};

// Past this share of all edges in the graph, a round costs about as much as the whole graph.
const WHOLE_GRAPH_SHARE = 0.25;

export function solveAssignment(
  problem: AssignmentProblem,
  options: SolveOptions = {},
): AssignmentSolution {
  const facts = checkProblem(problem);
  if (facts.error !== null) throw new RangeError(facts.error);
  const settings = { ...DEFAULTS, ...options };
  const bonus = bonusFor(problem, facts.maxScore);
  const edges = problem.edgeRow.length;

  // The classic dense problem has a faster exact solver of its own; if its answer ever failed
  // the certificate, the general solver below would still give a certified one.
  if (isCompleteSquare(problem) && !options.startPrices) {
    // Complete and in pair order, edge e is the pair (e / n, e % n): the matrix is one copy.
    const answer = solveDenseSquare(problem, bonus, options.denseEngine, facts.pairOrder);
    const figures = { matched: problem.proteges, total: answer.total };
    const dense = finish(problem, facts, answer, 1, figures);
    if (dense.optimal) return dense;
  }
  if (edges <= settings.sparseAbove * Math.max(1, problem.proteges)) {
    const graph = buildRowGraph(problem, bonus);
    const { warmFrom } = options;
    const state = warmFrom
      ? solveWarm(graph, problem.capacity, { ...warmFrom, seats: warmFrom })
      : solveOnGraph(graph, problem.capacity, settings.warmUpSteps, options.startPrices);
    return finish(problem, facts, answerOf(state), 1);
  }
  const keep = new Uint8Array(edges);
  markCandidates(problem, settings.perRow, settings.perSupporter, keep);
  const { answer: state, rounds } = runCandidateRounds<DualState>({
    solve: (last) => {
      const graph = buildRowGraph(problem, bonus, keptEdges(keep));
      if (last && settings.warmRounds) return solveWarm(graph, problem.capacity, last);
      return solveOnGraph(graph, problem.capacity, settings.warmUpSteps);
    },
    addUnderpriced: (solved, round) => {
      const found = addViolators(problem, bonus, solved, keep, settings.perRow);
      // Rounds stop paying on instances (Machol-Wien's c = i*j) where every pricing finds a
      // few new edges per protégé for ~n/6 rounds: then the next round is the whole graph.
      if (found > 0 && (round >= settings.roundsBeforeWhole || keptShare(keep) > WHOLE_GRAPH_SHARE))
        keep.fill(1);
      return found;
    },
  });
  return finish(problem, facts, answerOf(state), rounds);
}

function keptShare(keep: Uint8Array): number {
  let count = 0;
  for (let e = 0; e < keep.length; e++) count += keep[e]!;
  return count / Math.max(1, keep.length);
}

function keptEdges(keep: Uint8Array): Int32Array {
  let count = 0;
  for (let e = 0; e < keep.length; e++) count += keep[e]!;
  const ids = new Int32Array(count);
  let at = 0;
  for (let e = 0; e < keep.length; e++) if (keep[e]) ids[at++] = e;
  return ids;
}

// An edge outside the graph whose reduced cost is negative could improve the answer. Only
// each protégé's `perRow` most violated edges join: adding every violator (on popular data,
// most of a protégé's edges) makes the next round slow for no benefit.
function addViolators(
  problem: AssignmentProblem,
  bonus: number,
  state: DualState,
  keep: Uint8Array,
  perRow: number,
): number {
  const { edgeRow, edgeCol, edgeScore } = problem;
  const { rowPrice: u, supporterPrice: v } = state;
  const worst: (BestK | undefined)[] = new Array(problem.proteges);
  for (let e = 0; e < keep.length; e++) {
    if (keep[e]) continue;
    const i = edgeRow[e]!;
    const over = edgeScore[e]! + bonus - u[i]! - v[edgeCol[e]!]!;
    if (over > 0) (worst[i] ??= new BestK(perRow)).offer(e, over);
  }
  let added = 0;
  for (const best of worst) {
    best?.forEach((e) => {
      keep[e] = 1;
      added++;
    });
  }
  return added;
}

const answerOf = (state: DualState): DenseAnswer => ({
  rowSupporter: state.seats.rowSupporter,
  rowPrice: state.rowPrice,
  supporterPrice: state.supporterPrice,
});

/**
 * The answer with its figures, certified. The figures are the solver's claim when it has them
 * (the dense solver reads them off its matrix), otherwise counted over the edge list; the
 * certificate recounts them over the edges either way.
 */
function finish(
  problem: AssignmentProblem,
  facts: ProblemFacts,
  answer: DenseAnswer,
  rounds: number,
  figures: { matched: number; total: number } = countSeated(problem, answer.rowSupporter),
): AssignmentSolution {
  const { rowSupporter } = answer;
  const { matched, total } = figures;
  const solution: AssignmentSolution = {
    matched,
    total,
    rowSupporter,
    rowPrice: answer.rowPrice,
    supporterPrice: answer.supporterPrice,
    optimal: false,
    rounds,
  };
  // solveAssignment checked the problem on entry (and learnt the edges' order and top score);
  // the certificate proper still runs in full, over every edge.
  solution.optimal = findPriceError(problem, solution, facts) === null;
  return solution;
}

// Scores of seated pairs, looked up once over the edge list (no pair index is kept).
function countSeated(
  { edgeRow, edgeCol, edgeScore }: AssignmentProblem,
  rowSupporter: Int32Array,
): { matched: number; total: number } {
  let matched = 0;
  let total = 0;
  for (let e = 0; e < edgeRow.length; e++) {
    if (rowSupporter[edgeRow[e]!] === edgeCol[e]) {
      matched++;
      total += edgeScore[e]!;
    }
  }
  return { matched, total };
}
