/**
 * Whole-cohort matching: every goal's mentor and/or coach at once, the exact optimum (most
 * needs met, then the highest total fit) over ALL eligible pairs, with the proof.
 *
 * Scoring every pair with reasons would take minutes at 20,000 people, so the work is split:
 *   1. the bulk scorer gives every eligible pair its fit (numbers only), and keeps each need's
 *      best few supporters and each supporter's best few needs: the candidate graph;
 *   2. the solver finds the certified optimum on that graph, with dual prices;
 *   3. the eligible pairs of the whole cohort are checked against the prices; a pair that would
 *      pay more than its price joins the graph and step 2 runs again, warm from the last
 *      round's seats and prices. Rounds after the first check only the pairs whose prices
 *      moved (pricing.ts), but the last round always checks every eligible pair: when no pair
 *      is undercharged, the prices prove no better assignment exists anywhere, not just among
 *      the candidates;
 *   4. only the pairs chosen get their reasons written out.
 *
 * A "need" is one goal and one kind: a "both" goal is two needs, one for a mentor and one for a
 * coach, which share the supporters' capacity. The count maximised first is the number of
 * needs met, so a "both" goal that gets a mentor and a coach counts twice.
 */
import type { AssignmentProblem, AssignmentSolution } from '@/lib/core/matching/assignment';
import { BestK, runCandidateRounds, solveAssignment } from '@/lib/core/matching/assignment';
import { matchBonus } from '@/lib/core/matching/assignment/weights';
import type { FitContext, FitReason, PreparedFile, SupportKind } from '@/lib/core/matching/fit';
import { fitScorer } from '@/lib/core/matching/fit';
import { findAlternatives, type NeedAlternatives } from './alternatives';
import { CandidateGraph } from './candidate-graph';
import { CohortPricer } from './pricing';
import { NEVER, rowScorer } from './row-scorer';
import { cohortNeeds } from './score-rows';
import { buildSupporterTable } from './supporter-table';

export interface CohortOptions {
  /** Best supporters kept per need in the first candidate graph. */
  perNeed?: number;
  /** Best needs kept per supporter beyond their room. */
  perSupporter?: number;
  /** Violating pairs added per need in each pricing round. */
  addPerNeed?: number;
  /** Violating pairs added per supporter in each pricing round. */
  addPerSupporter?: number;
  /** Row-reduction warm-up budget handed to the solver, in steps per need. */
  warmUpSteps?: number;
  /** Largest number of pair scores kept in memory (2 bytes each); above it they are recomputed. */
  cachedScores?: number;
  /**
   * The whole score table, already filled (score-rows.ts, for example by several threads):
   * one row per need in cohortNeeds order, one column per supporter. Used instead of scoring.
   */
  scores?: Int16Array;
  /** Runners-up listed per proposal for reviewers (0: none, as the command prints none). */
  alternatives?: number;
  /** Told after each stage, for progress bars and benchmarks. */
  onStage?: (stage: CohortStage) => void;
}

export type CohortStage =
  | { stage: 'scoring'; scored: number; needs: number }
  | { stage: 'scored'; eligiblePairs: number }
  | { stage: 'solved'; round: number; candidatePairs: number; matched: number }
  | { stage: 'priced'; round: number; underpriced: number; full: boolean; missed: number }
  | { stage: 'explained'; assignments: number };

/** Score tables above this many cells (2 bytes each) are not kept: rows are scored again. */
export const CACHED_SCORES = 300_000_000;

const DEFAULTS: Required<Omit<CohortOptions, 'onStage' | 'scores'>> = {
  perNeed: 8,
  perSupporter: 6,
  addPerNeed: 16,
  addPerSupporter: 4,
  warmUpSteps: 4,
  cachedScores: CACHED_SCORES,
  alternatives: 0,
};

export interface CohortAssignment {
  goalId: string;
  personId: string;
  kind: SupportKind;
  score: number;
  reasons: FitReason[];
}

/** Why a need got nobody: nobody could ever be proposed, or those who could had no room left. */
export type UnmetBecause = 'nobody-eligible' | 'no-room';

export interface CohortResult {
  assignments: CohortAssignment[];
  /** Goals that got nobody at all, in file order. */
  unmatched: string[];
  unmet: { goalId: string; kind: SupportKind; because: UnmetBecause }[];
  /** Each proposal's runners-up, when `alternatives` asked for them. */
  alternatives: NeedAlternatives[];
  /** True only when the optimum was certified over every eligible pair of the cohort. */
  optimal: boolean;
  figures: {
    needs: number;
    supporters: number;
    eligiblePairs: number;
    candidatePairs: number;
    pricingRounds: number;
  };
}

export function assignCohort(
  prepared: PreparedFile,
  context: FitContext,
  options: CohortOptions = {},
): CohortResult {
  const settings = { ...DEFAULTS, ...options };
  const needs = cohortNeeds(prepared);
  const table = buildSupporterTable(prepared, context);
  const columns = table.people.length;
  const scorer = rowScorer(prepared, table, context);
  const given = options.scores ?? null;
  if (given && given.length !== needs.length * columns)
    throw new Error(`the score table has ${given.length} cells, not ${needs.length} x ${columns}`);
  const cache =
    given ??
    (needs.length * columns <= settings.cachedScores
      ? new Int16Array(needs.length * columns)
      : null);
  const scratch = new Int16Array(columns);
  const scoresOf = (row: number, fresh: boolean): Int16Array => {
    if (cache && (given || !fresh)) return cache.subarray(row * columns, (row + 1) * columns);
    const out = cache ? cache.subarray(row * columns, (row + 1) * columns) : scratch;
    const need = needs[row]!;
    scorer.score(need.goal, need.kind, out);
    return out;
  };

  // 1. Score everything once; keep the candidate graph and who could ever take each need.
  const graph = new CandidateGraph(needs.length, columns);
  const eligibleIn = new Int32Array(needs.length);
  const bySupporter = Array.from(
    { length: columns },
    (_, j) => new BestK(table.room[j]! + settings.perSupporter),
  );
  const floor = new Float64Array(columns).fill(-Infinity);
  const byNeed = new BestK(settings.perNeed);
  let eligiblePairs = 0;
  // Scoring is most of a large run's time: say how far it is about twenty times on the way.
  const reportEvery = Math.max(1, Math.ceil(needs.length / 20));
  for (let row = 0; row < needs.length; row++) {
    if (row > 0 && row % reportEvery === 0)
      settings.onStage?.({ stage: 'scoring', scored: row, needs: needs.length });
    const scores = scoresOf(row, true);
    byNeed.clear();
    let needFloor = -Infinity;
    for (let j = 0; j < columns; j++) {
      const score = scores[j]!;
      if (score === NEVER) continue;
      eligibleIn[row]!++;
      if (score > needFloor) needFloor = byNeed.offer(j, score);
      // Most pairs lose to what the supporter already keeps; test that without a call.
      if (score > floor[j]!) floor[j] = bySupporter[j]!.offer(row, score);
    }
    eligiblePairs += eligibleIn[row]!;
    byNeed.forEach((j, score) => graph.add(row, j, score));
  }
  bySupporter.forEach((best, j) => best.forEach((row, score) => graph.add(row, j, score)));
  settings.onStage?.({ stage: 'scored', eligiblePairs });

  // 2-3. Solve on the graph, price the eligible pairs, add the violators, until none is left.
  // Each round after the first starts from the last one's seats and prices: the graph only
  // grew, so most needs keep their supporter (assignment/warm-start.ts).
  let problem: AssignmentProblem;
  let lastBonus = 0;
  const pricer = new CohortPricer(
    {
      rows: needs.length,
      columns,
      scoresOf: (row) => scoresOf(row, false),
      cache,
      inGraph: (row, column) => graph.has(row, column),
      markInGraph: (row, out) => graph.markRow(row, out, NEVER),
    },
    settings,
  );
  const { answer: solution, rounds: pricingRounds } = runCandidateRounds<AssignmentSolution>({
    solve(last, round) {
      problem = graph.problem(needs.length, table.room);
      // The graph is already sparse: one exact solve of it, no candidate rounds inside.
      const whole = { sparseAbove: Infinity, warmUpSteps: settings.warmUpSteps };
      // The last prices mean nothing if the match bonus moved (a new pair scoring above every
      // pair before it; never while perNeed >= 1 keeps each need's best): then start cold.
      const bonus = matchBonus(problem);
      const warm = last !== undefined && bonus === lastBonus;
      lastBonus = bonus;
      let solved = solveAssignment(problem, warm ? { ...whole, warmFrom: last } : whole);
      // A warm start from an optimum of a subgraph always certifies; should it ever not, the
      // cold solve does.
      if (!solved.optimal && warm) solved = solveAssignment(problem, whole);
      settings.onStage?.({
        stage: 'solved',
        round,
        candidatePairs: graph.size,
        matched: solved.matched,
      });
      return solved;
    },
    isCertified: (solved) => solved.optimal,
    addUnderpriced(solved, round) {
      const { added, full, missed } = pricer.price(problem, solved);
      const underpriced = added.length / 3;
      settings.onStage?.({ stage: 'priced', round, underpriced, full, missed });
      for (let at = 0; at < added.length; at += 3)
        graph.add(added[at]!, added[at + 1]!, added[at + 2]!);
      return underpriced;
    },
  });

  // 4. Reasons for the chosen pairs only.
  const explain = fitScorer(prepared, context);
  const assignments: CohortAssignment[] = [];
  const unmet: CohortResult['unmet'] = [];
  const served = new Set<string>();
  needs.forEach(({ goal, kind }, row) => {
    const j = solution.rowSupporter[row]!;
    if (j < 0) {
      unmet.push({
        goalId: goal.goal.id,
        kind,
        because: eligibleIn[row] === 0 ? 'nobody-eligible' : 'no-room',
      });
      return;
    }
    const personId = table.people[j]!.person.id;
    const fit = explain.fit(goal, personId, kind);
    if (!fit.eligible) throw new Error(`assigned pair ${goal.goal.id}/${personId} is not eligible`);
    assignments.push({
      goalId: goal.goal.id,
      personId,
      kind,
      score: fit.score,
      reasons: fit.reasons,
    });
    served.add(goal.goal.id);
  });
  const alternatives =
    settings.alternatives > 0
      ? findAlternatives({
          count: settings.alternatives,
          needs,
          rowSupporter: solution.rowSupporter,
          room: table.room,
          personAt: (j) => table.people[j]!.person.id,
          scoresOf: (row) => scoresOf(row, false),
          explain,
        })
      : [];
  settings.onStage?.({ stage: 'explained', assignments: assignments.length });
  const unmatched = [...new Set(unmet.map((entry) => entry.goalId))].filter(
    (goalId) => !served.has(goalId),
  );
  return {
    assignments,
    unmatched,
    unmet,
    alternatives,
    optimal: solution.optimal,
    figures: {
      needs: needs.length,
      supporters: columns,
      eligiblePairs,
      candidatePairs: graph.size,
      pricingRounds,
    },
  };
}
