/**
 * Bulk fit: one goal and kind against every supporter at once, the same integer scores
 * `fitScorer` gives pair by pair (a test holds every pair of random cohorts equal), at a
 * fraction of the cost. Goal-only work (shares, title matches, topic weights) is done once per
 * goal, the topic cosine walks only the supporters who share a word (an inverted index), and
 * what is left per pair is arithmetic on typed arrays. The parts are added in the order
 * scorePair adds them, so even the floating-point sums agree.
 */
import type { FitContext, PreparedFile, PreparedGoal, SupportKind } from '@/lib/core/matching/fit';
import { normaliseWeights } from '@/lib/core/matching/fit';
import { beenThereShares, bestTitleStep, levelQuality } from '@/lib/core/matching/fit/been-there';
import { FULL_TOPIC_COSINE } from '@/lib/core/matching/fit/score';
import { sharedWorkingHours } from '@/lib/core/matching/fit/timezone';
import { LEVEL_SLOTS, NEED_BIT, PLAIN_MOVES, type SupporterTable } from './supporter-table';

/** Marks a pair the rules never propose. */
export const NEVER = -1;

export interface RowScorer {
  /** Fills `out[j]` with the fit of supporter j, or NEVER; `out` has one slot per supporter. */
  score(goal: PreparedGoal, kind: SupportKind, out: Int16Array | Int32Array): void;
}

export function rowScorer(
  prepared: PreparedFile,
  table: SupporterTable,
  context: FitContext,
): RowScorer {
  const count = table.people.length;
  const shares = {
    mentor: normaliseWeights(context.weights, 'mentor'),
    coach: normaliseWeights(context.weights, 'coach'),
  };
  const year = prepared.referenceYear;
  const dots = new Float64Array(count);
  const titleCache = new Map<string, Float64Array>();
  const overlapCache = new Map<number, Float64Array>();
  const reachableCache = new Map<string, Int32Array>();

  // Who offers this kind and speaks one of these languages: the same few answers for a whole
  // cohort, so worked out once per kind and set of languages rather than per pair.
  function reachable(kind: SupportKind, spoken: Uint32Array): Int32Array {
    const key = `${kind}:${spoken.join(',')}`;
    let columns = reachableCache.get(key);
    if (!columns) {
      const offers = kind === 'mentor' ? table.mentors : table.coaches;
      const words = table.languageWords;
      const found: number[] = [];
      for (let j = 0; j < count; j++)
        if (offers[j] && shareLanguage(spoken, table.languages, j * words, words)) found.push(j);
      columns = Int32Array.from(found);
      reachableCache.set(key, columns);
    }
    return columns;
  }

  // Working-hours overlap depends on the protégé's offset alone, and a cohort has few offsets.
  function overlaps(offset: number): Float64Array {
    let quality = overlapCache.get(offset);
    if (!quality) {
      quality = Float64Array.from(
        table.offsetMinutes,
        (theirs) => sharedWorkingHours(offset, theirs) / 8,
      );
      overlapCache.set(offset, quality);
    }
    return quality;
  }

  // Title matches depend on the target title alone, and a cohort aims at few distinct titles.
  function titleQualities(goal: PreparedGoal): Float64Array {
    const key = [...goal.targetTitleStems].sort().join(' ');
    let qualities = titleCache.get(key);
    if (!qualities) {
      qualities = new Float64Array(count);
      for (let j = 0; j < count; j++)
        qualities[j] = bestTitleStep(goal.targetTitleStems, table.people[j]!, year).quality;
      titleCache.set(key, qualities);
    }
    return qualities;
  }

  function topicDots(goal: PreparedGoal): void {
    dots.fill(0);
    const { stems, values } = goal.topics;
    for (let at = 0; at < stems.length; at++) {
      const posting = table.postings.get(stems[at]!);
      if (!posting) continue;
      const value = values[at] ?? 0;
      const { columns, weights } = posting;
      for (let p = 0; p < columns.length; p++) dots[columns[p]!]! += value * weights[p]!;
    }
  }

  return {
    score(goal, kind, out) {
      const protege = prepared.people.get(goal.goal.personId);
      if (!protege) {
        out.fill(NEVER);
        return;
      }
      const share = shares[kind];
      const columns = reachable(kind, table.languageBits(protege));
      const ownFunction = table.functionIdOf(protege.functionKey);
      const ownOrganisation = table.organisationIdOf(protege.organisationKey);
      const overlap = overlaps(protege.offsetMinutes);

      // Per-goal constants, multiplied as scorePair multiplies: 1000 * share * part share * quality.
      const been = beenThereShares(goal);
      const mentoring = kind === 'mentor' && share.beenThere > 0;
      const titleWeight = mentoring ? 1000 * share.beenThere * been.title : 0;
      const movesWeight = mentoring ? 1000 * share.beenThere * been.moves : 0;
      const levelWeight = mentoring ? 1000 * share.beenThere * been.level : 0;
      const titles = mentoring && been.title > 0 ? titleQualities(goal) : null;
      const coaching = kind === 'coach' && share.coachingAreas > 0;
      const coachWeight = coaching ? 1000 * share.coachingAreas * 1 : 0;
      let needMask = 0;
      for (const need of goal.coachNeeds) needMask |= NEED_BIT.get(need) ?? 0;
      const needCount = goal.coachNeeds.length;
      const topicWeight = share.topics > 0 ? 1000 * share.topics * 1 : 0;
      const functionWeight = 1000 * share.crossFunction * 1;
      const organisationWeight = 1000 * share.crossOrganisation * 1;
      const timezoneWeight = 1000 * share.timezone * 1;
      const goalLength = goal.topics.length;
      if (topicWeight > 0 && goalLength > 0) topicDots(goal);
      else dots.fill(0);
      const moveSlots = goal.moves.map((move) =>
        move === 'promotion' ? -1 : PLAIN_MOVES.indexOf(move as (typeof PLAIN_MOVES)[number]),
      );
      const target = goal.targetLevel;

      out.fill(NEVER);
      for (let at = 0; at < columns.length; at++) {
        const j = columns[at]!;
        let total = 0;
        if (mentoring) {
          if (titles) total += titleWeight * titles[j]!;
          if (moveSlots.length > 0) {
            let sum = 0;
            for (const slot of moveSlots)
              sum +=
                slot < 0
                  ? table.promotionRecency[j * LEVEL_SLOTS + target]!
                  : table.moveRecency[j * PLAIN_MOVES.length + slot]!;
            total += movesWeight * (sum / moveSlots.length);
          }
          total += levelWeight * levelQuality(table.level[j]! - target);
        }
        if (coaching)
          total += coachWeight * (popCount(needMask & table.coachingMask[j]!) / needCount);
        if (topicWeight > 0) {
          const length = table.topicLength[j]!;
          const cosine =
            goalLength === 0 || length === 0
              ? 0
              : Math.round((dots[j]! / (goalLength * length)) * 1e6) / 1e6;
          total += topicWeight * Math.min(1, cosine / FULL_TOPIC_COSINE);
        }
        if (table.functionId[j] !== ownFunction) total += functionWeight;
        if (table.organisationId[j] !== ownOrganisation) total += organisationWeight;
        total += timezoneWeight * overlap[j]!;
        out[j] = Math.min(1000, Math.max(0, Math.round(total)));
      }
      neverPropose(table, protege.person.id, protege.ancestors, out);
    },
  };
}

/** The rules that name particular people: oneself, the reporting line, excluded pairs. */
function neverPropose(
  table: SupporterTable,
  protegeId: string,
  managers: ReadonlySet<string>,
  out: Int16Array | Int32Array,
): void {
  const self = table.indexOf.get(protegeId);
  if (self !== undefined) out[self] = NEVER;
  for (const manager of managers) {
    const column = table.indexOf.get(manager);
    if (column !== undefined) out[column] = NEVER;
  }
  for (const column of table.reportsOf.get(protegeId) ?? []) out[column] = NEVER;
  for (const column of table.excludedFor.get(protegeId) ?? []) out[column] = NEVER;
}

function shareLanguage(spoken: Uint32Array, all: Uint32Array, from: number, words: number) {
  for (let w = 0; w < words; w++) if (spoken[w]! & all[from + w]!) return true;
  return false;
}

function popCount(bits: number): number {
  let count = 0;
  for (let rest = bits; rest !== 0; rest &= rest - 1) count++;
  return count;
}
