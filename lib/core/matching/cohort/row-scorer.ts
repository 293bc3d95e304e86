/**
 * Bulk fit: one goal and kind against every supporter at once, the same integer scores
 * `fitScorer` gives pair by pair (a test holds every pair of random cohorts equal), at a
 * fraction of the cost. Mentor evidence is worked out once per distinct target (a cohort aims
 * at few), the topic cosine walks only the supporters who share a word (an inverted index), and
 * what is left per pair is arithmetic on typed arrays. The parts are added in the order
 * scorePair adds them, so even the floating-point sums agree.
 */
import type { FitContext, PreparedFile, PreparedGoal, SupportKind } from '@/lib/core/matching/fit';
import { normaliseWeights } from '@/lib/core/matching/fit';
import { coachTier } from '@/lib/core/matching/fit/coaching';
import { evidenceKey, mentorEvidence, type MentorTarget } from '@/lib/core/matching/fit/lived';
import { FULL_TOPIC_COSINE } from '@/lib/core/matching/fit/score';
import { TIER_BASE, TIER_SPAN } from '@/lib/core/matching/fit/tiers';
import { sharedWorkingHours } from '@/lib/core/matching/fit/timezone';
import { NEED_BIT, type SupporterTable } from './supporter-table';

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
  const evidenceCache = new Map<string, { base: Float64Array; quality: Float64Array }>();
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

  // Lived evidence depends on the target alone, and a cohort's targets share few keys.
  function mentorEvidenceOf(target: MentorTarget) {
    const key = evidenceKey(target);
    let found = evidenceCache.get(key);
    if (!found) {
      found = { base: new Float64Array(count), quality: new Float64Array(count) };
      // Read only where a mentor pair can be scored: supporters who mentor (a cohort's
      // thousand-odd targets times every supporter was a third of the scoring).
      for (let j = 0; j < count; j++) {
        if (!table.mentors[j]) continue;
        const evidence = mentorEvidence(target, table.people[j]!.career, year);
        found.base[j] = TIER_BASE[evidence.tier];
        found.quality[j] = evidence.quality;
      }
      evidenceCache.set(key, found);
    }
    return found;
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
      out.fill(NEVER);
      const protege = prepared.people.get(goal.goal.personId);
      if (!protege) return;
      const share = shares[kind];
      const columns = reachable(kind, table.languageBits(protege));
      const ownFunction = table.functionIdOf(protege.functionKey);
      const ownOrganisation = table.organisationIdOf(protege.organisationKey);
      const overlap = overlaps(protege.offsetMinutes);

      // Per-goal constants, multiplied as scorePair multiplies: band base + span * share * quality,
      // with one set of weights per span (the top band reaches 1000, the others stop short).
      const mentoring = kind === 'mentor';
      const lived = mentoring ? mentorEvidenceOf(goal.mentorTarget) : null;
      const evidenceShare = mentoring ? share.beenThere : share.coachingAreas;
      const weightsFor = (span: number) => ({
        evidence: span * evidenceShare,
        topic: share.topics > 0 ? span * share.topics : 0,
        fn: span * share.crossFunction,
        organisation: span * share.crossOrganisation,
        timezone: span * share.timezone,
      });
      const below = weightsFor(TIER_SPAN[0]);
      const top = weightsFor(TIER_SPAN[3]);
      let needMask = 0;
      for (const need of goal.coachNeeds.needs) needMask |= NEED_BIT.get(need) ?? 0;
      const needCount = goal.coachNeeds.needs.length;
      const specific = goal.coachNeeds.specific;
      const protegeLevel = protege.person.level;
      const goalLength = goal.topics.length;
      if (share.topics > 0 && goalLength > 0) topicDots(goal);
      else dots.fill(0);

      // The loop below runs once per eligible pair (65 million at 20,000 people): everything
      // it reads is a local or a typed array, and a pair that shares no topic word skips the
      // cosine (it adds 0, which leaves the sum exactly as scorePair's).
      const topBase = TIER_BASE[3];
      const livedBase = lived?.base;
      const livedQuality = lived?.quality;
      const { topicLength, functionId, organisationId, level, coachingMask } = table;
      const scale = goalLength;
      for (let at = 0; at < columns.length; at++) {
        const j = columns[at]!;
        let base: number;
        let quality: number;
        if (livedBase) {
          base = livedBase[j]!;
          quality = livedQuality![j]!;
        } else {
          const covered = popCount(needMask & coachingMask[j]!);
          const tier = coachTier(covered, needCount, level[j]! >= protegeLevel, specific);
          if (tier === null) continue;
          base = TIER_BASE[tier];
          quality = covered / needCount;
        }
        const w = base === topBase ? top : below;
        let total = base + w.evidence * quality;
        if (w.topic > 0) {
          const dot = dots[j]!;
          const length = topicLength[j]!;
          if (dot !== 0 && scale !== 0 && length !== 0) {
            const cosine = Math.round((dot / (scale * length)) * 1e6) / 1e6;
            total += w.topic * Math.min(1, cosine / FULL_TOPIC_COSINE);
          }
        }
        if (functionId[j] !== ownFunction) total += w.fn;
        if (organisationId[j] !== ownOrganisation) total += w.organisation;
        total += w.timezone * overlap[j]!;
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
