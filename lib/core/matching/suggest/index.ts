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
import { TIER_BASE, tierOf } from '@/lib/core/matching/fit/tiers';
import {
  countDemand,
  demandPenalty,
  demandPressure,
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
  /** Fit less any demand penalty, kept within the fit's evidence band: what is shown. */
  score: number;
  /** Fit less the whole penalty: the order within one band. */
  rank: number;
  taken: number;
}

/**
 * Evidence first: the band of the fit, so demand never puts someone without the evidence
 * above someone with it; then fit less demand, so within a band the less wanted come first.
 */
const byScore = (a: Scored, b: Scored) =>
  tierOf(b.fit) - tierOf(a.fit) ||
  b.rank - a.rank ||
  b.fit - a.fit ||
  (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0);

/**
 * The eligible candidates that could still make the top k after demand penalties: anyone in
 * the k-th best fit's band or within MAX_DEMAND_PENALTY of it (demand reorders people within a
 * band), at most POOL_PER_PLACE per place. Scores only; sentences are built later for the k
 * who make the list.
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
    if (fit !== null) scores.push({ personId: id, fit, score: fit, rank: fit, taken: 0 });
  }
  scores.sort(byScore);
  const kth = scores[Math.min(top, scores.length) - 1]?.fit ?? 0;
  // Within a band demand can reorder anyone, so the pool reaches the k-th fit's band, bounded.
  const floor = Math.min(kth - MAX_DEMAND_PENALTY, TIER_BASE[tierOf(kth)]);
  return scores.filter((entry) => entry.fit >= floor).slice(0, top * POOL_PER_PLACE);
}

// How many candidates per listed place demand may choose from.
const POOL_PER_PLACE = 20;

export function suggest(
  prepared: PreparedFile,
  context: FitContext,
  top: number = DEFAULT_TOP,
  /**
   * Open requests each supporter already has from people outside the file: a page that ranks
   * one goal still sees who is in demand across the platform.
   */
  askedElsewhere: ReadonlyMap<string, number> = new Map(),
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
  // Demand is counted on the lists as people would first see them, then again on the lists
  // as demand reorders them: someone who rises into many lists because others made way is in
  // demand too. Who counts only grows, so a few rounds settle.
  const wantedIn = lists.map(
    ({ scored }) => new Map(scored.slice(0, top).map((e) => [e.personId, e])),
  );
  let demand = countDemand(
    wantedIn.map((entries) => [...entries.values()]),
    roomOf,
    askedElsewhere,
  );
  let ranked = lists.map(({ scored }, index) => rankWithDemand(scored, index, demand, roomOf));
  for (let round = 0; round < DEMAND_ROUNDS; round++) {
    ranked.forEach((list, index) => {
      for (const entry of list.slice(0, top)) wantedIn[index]?.set(entry.personId, entry);
    });
    demand = countDemand(
      wantedIn.map((entries) => [...entries.values()]),
      roomOf,
      askedElsewhere,
    );
    ranked = lists.map(({ scored }, index) => rankWithDemand(scored, index, demand, roomOf));
  }
  spreadLeads(ranked, roomOf);
  return lists.map(({ goal, kind }, index) => ({
    goalId: goal.goal.id,
    kind,
    candidates: (ranked[index] ?? [])
      .slice(0, top)
      .map((entry) => explain(goal, kind, entry, scorer, demand.get(entry.personId), roomOf)),
  }));
}

const DEMAND_ROUNDS = 3;
/** A supporter leads at most this many lists per free place: most who ask them first find room. */
const LEADS_PER_PLACE = 2;

/**
 * The first place of each list, spread: lists are settled best fit first, and a supporter who
 * already leads LEADS_PER_PLACE lists per free place gives the lead to the next person of the
 * same evidence band who has leads to spare. Nobody is led by someone with weaker evidence.
 */
function spreadLeads(ranked: Scored[][], roomOf: (id: string) => number): void {
  const leads = new Map<string, number>();
  const order = ranked
    .map((list, index) => ({ index, fit: list[0]?.fit ?? -1 }))
    .sort((a, b) => b.fit - a.fit || a.index - b.index);
  for (const { index } of order) {
    const list = ranked[index];
    const first = list?.[0];
    if (!list || !first) continue;
    const quota = (id: string) => LEADS_PER_PLACE * Math.max(1, roomOf(id));
    const free = (entry: Scored) => (leads.get(entry.personId) ?? 0) < quota(entry.personId);
    const at = list.findIndex((entry) => tierOf(entry.fit) === tierOf(first.fit) && free(entry));
    if (at > 0) list.unshift(...list.splice(at, 1));
    const lead = list[0]!;
    leads.set(lead.personId, (leads.get(lead.personId) ?? 0) + 1);
  }
}

/** One list in the order demand gives it: penalties where the supporter is wanted beyond room. */
function rankWithDemand(
  scored: readonly Scored[],
  index: number,
  demand: ReadonlyMap<string, Demand>,
  roomOf: (id: string) => number,
): Scored[] {
  return scored
    .map((entry) => {
      const wanted = demand.get(entry.personId);
      const room = roomOf(entry.personId);
      const penalty = wanted ? demandPenalty(wanted.wantedBy, room) : 0;
      // Spared supporters keep their fit but still get a 0-point note saying why.
      if (!wanted || penalty === 0 || wanted.spared.has(index)) return entry;
      // The shown score stays in the fit's band, so the label still names the evidence.
      const taken = Math.min(penalty, entry.fit - TIER_BASE[tierOf(entry.fit)]);
      const rank = entry.fit - demandPressure(wanted.wantedBy, room);
      return { ...entry, score: entry.fit - taken, rank, taken };
    })
    .sort(byScore);
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
    reasons.push(demandReason(wanted.wantedBy, room, entry.taken, entry.rank < entry.fit));
  return { personId: entry.personId, score: entry.score, reasons };
}
