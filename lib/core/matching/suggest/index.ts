/**
 * Self-service suggestions: for each goal, the top k people who offer the kind of help it
 * needs (a "both" goal gets a mentor list and a coach list), ranked by fit adjusted for
 * demand, with reasons. Everyone the rules never propose is left out. Output follows the
 * `match suggest` contract.
 */
import type {
  FitContext,
  FitReason,
  FitScorer,
  PreparedFile,
  PreparedGoal,
  SupportKind,
} from '@/lib/core/matching/fit';
import { fitScorer, freeCapacity, offersKind } from '@/lib/core/matching/fit';
import {
  countDemand,
  demandPenalty,
  demandReason,
  MAX_DEMAND_PENALTY,
  type Demand,
} from './demand';

export interface Candidate {
  personId: string;
  score: number;
  reasons: FitReason[];
}

export interface Suggestion {
  goalId: string;
  kind: SupportKind;
  candidates: Candidate[];
}

export const DEFAULT_TOP = 5;

interface Scored {
  personId: string;
  fit: number;
  /** Fit less any demand penalty: what the list is ranked by. */
  score: number;
  taken: number;
}

const byScore = (a: Scored, b: Scored) =>
  b.score - a.score ||
  b.fit - a.fit ||
  (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0);

/**
 * The eligible candidates that could still make the top k after demand penalties: anyone within
 * MAX_DEMAND_PENALTY of the k-th best fit (nobody further down can overtake it). Scores only;
 * sentences are built later for the k who make the list.
 */
function pool(
  goal: PreparedGoal,
  kind: SupportKind,
  supporters: readonly string[],
  scorer: FitScorer,
  top: number,
): Scored[] {
  const scores: Scored[] = [];
  for (const id of supporters) {
    const fit = scorer.score(goal, id, kind);
    if (fit !== null) scores.push({ personId: id, fit, score: fit, taken: 0 });
  }
  scores.sort(byScore);
  const kth = scores[Math.min(top, scores.length) - 1]?.fit ?? 0;
  return scores.filter((entry) => entry.fit >= kth - MAX_DEMAND_PENALTY);
}

export function suggest(
  prepared: PreparedFile,
  context: FitContext,
  top: number = DEFAULT_TOP,
): Suggestion[] {
  const scorer = fitScorer(prepared, context);
  const people = [...prepared.people.values()];
  const offering = {
    mentor: people
      .filter((person) => offersKind(person, 'mentor'))
      .map((person) => person.person.id),
    coach: people.filter((person) => offersKind(person, 'coach')).map((person) => person.person.id),
  };
  const lists = prepared.goals.flatMap((goal) =>
    goal.kinds.map((kind) => ({
      goal,
      kind,
      scored: pool(goal, kind, offering[kind], scorer, top),
    })),
  );
  const roomOf = (id: string) => {
    const person = prepared.people.get(id);
    return person ? freeCapacity(person, context.load) : 0;
  };
  const demand = countDemand(
    lists.map(({ scored }) => scored.slice(0, top)),
    roomOf,
  );
  return lists.map(({ goal, kind, scored }, index) => {
    const adjusted = scored.map((entry) => {
      const wanted = demand.get(entry.personId);
      const penalty = wanted ? demandPenalty(wanted.wantedBy, roomOf(entry.personId)) : 0;
      if (!wanted || penalty === 0) return entry;
      // Spared supporters keep their fit but still get a 0-point note saying why.
      const taken = wanted.spared.has(index) ? 0 : Math.min(entry.fit, penalty);
      return { ...entry, score: entry.fit - taken, taken: wanted.spared.has(index) ? 0 : taken };
    });
    const candidates = adjusted
      .sort(byScore)
      .slice(0, top)
      .map((entry) => explain(goal, kind, entry, scorer, demand.get(entry.personId), roomOf));
    return { goalId: goal.goal.id, kind, candidates };
  });
}

function explain(
  goal: PreparedGoal,
  kind: SupportKind,
  entry: Scored,
  scorer: FitScorer,
  wanted: Demand | undefined,
  roomOf: (id: string) => number,
): Candidate {
  const result = scorer.fit(goal, entry.personId, kind);
  const reasons = result.eligible ? [...result.reasons] : [];
  const room = roomOf(entry.personId);
  if (wanted && demandPenalty(wanted.wantedBy, room) > 0)
    reasons.push(demandReason(wanted.wantedBy, room, entry.taken));
  return { personId: entry.personId, score: entry.score, reasons };
}
