/**
 * One pair's fit: each part (been there or coaching areas, topics, outside view, timezone)
 * earns a 0..1 quality times its normalised weight, out of 1000. Reasons carry the whole
 * points they earned, so they sum to the score; trade-offs show up as 0-point reasons.
 */
import { languageName } from '@/lib/core/profile/places';
import { beenThereParts, type Part } from './been-there';
import { coachingCover, needWords } from './coaching';
import { ineligibility } from './eligibility';
import { clampScore, wholePoints } from './points';
import type { PreparedGoal, PreparedPerson } from './prepare';
import { sharedWorkingHours } from './timezone';
import { sharedStems, topicSimilarity } from './topics';
import type { FitContext, FitReason, FitResult, SupportKind } from './types';
import type { FitPart } from './weights';

// Two short texts rarely share more than half their weighted words; that much is full marks.
export const FULL_TOPIC_COSINE = 0.5;

function coachParts(goal: PreparedGoal, supporter: PreparedPerson, explain: boolean): Part[] {
  const cover = coachingCover(goal.coachNeeds, supporter.coachingAreas);
  const parts: Part[] = [];
  if (cover.covered.length)
    parts.push({
      code: 'coaches-your-needs',
      text: explain ? `Coaches ${needWords(cover.covered)}, which your goal calls for.` : '',
      quality: cover.quality,
      share: 1,
    });
  if (cover.missing.length)
    parts.push({
      code: 'does-not-coach',
      text: explain ? `Does not list ${needWords(cover.missing)} among what they coach.` : '',
      quality: 0,
      share: 1,
    });
  return parts;
}

function sharedWords(goal: PreparedGoal, supporter: PreparedPerson): string {
  const stems = sharedStems(goal.topics, supporter.topics, 3);
  return stems.map((stem) => goal.words.get(stem) ?? stem).join(', ');
}

function topicPart(goal: PreparedGoal, supporter: PreparedPerson, explain: boolean): Part {
  const quality = Math.min(1, topicSimilarity(goal.topics, supporter.topics) / FULL_TOPIC_COSINE);
  return quality > 0
    ? {
        code: 'shared-topics',
        text: explain
          ? `Their background covers what your goal is about (${sharedWords(goal, supporter)}).`
          : '',
        quality,
        share: 1,
      }
    : {
        code: 'few-shared-topics',
        text: explain ? 'Their background has little in common with the words of your goal.' : '',
        quality: 0,
        share: 1,
      };
}

function outsideParts(
  protege: PreparedPerson,
  supporter: PreparedPerson,
  explain: boolean,
): { part: FitPart; reason: Part }[] {
  const other = protege.functionKey !== supporter.functionKey;
  const elsewhere = protege.organisationKey !== supporter.organisationKey;
  const fn = supporter.person.function;
  const org = supporter.person.organization;
  return [
    {
      part: 'crossFunction',
      reason: other
        ? {
            code: 'other-function',
            text: explain ? `Works in ${fn}, not your function: an outside view.` : '',
            quality: 1,
            share: 1,
          }
        : {
            code: 'same-function',
            text: explain ? `Works in ${fn}, as you do, so brings less of an outside view.` : '',
            quality: 0,
            share: 1,
          },
    },
    {
      part: 'crossOrganisation',
      reason: elsewhere
        ? {
            code: 'other-organisation',
            text: explain
              ? `Works at ${org}, outside your organisation: a broader perspective.`
              : '',
            quality: 1,
            share: 1,
          }
        : {
            code: 'same-organisation',
            text: explain ? `Works at ${org}, your own organisation.` : '',
            quality: 0,
            share: 1,
          },
    },
  ];
}

function timezonePart(protege: PreparedPerson, supporter: PreparedPerson, explain: boolean): Part {
  const hours = sharedWorkingHours(protege.offsetMinutes, supporter.offsetMinutes);
  if (hours === 0)
    return {
      code: 'no-timezone-overlap',
      text: explain
        ? 'Your working days do not overlap; meetings would be early or late for one of you.'
        : '',
      quality: 0,
      share: 1,
    };
  return {
    code: 'timezone-overlap',
    text: explain ? overlapWords(hours) : '',
    quality: hours / 8,
    share: 1,
  };
}

function overlapWords(hours: number): string {
  const rounded = Math.round(hours);
  return rounded >= 8
    ? 'Works the same hours as you.'
    : `Your working days overlap by about ${rounded} hour${rounded === 1 ? '' : 's'}.`;
}

function languageReason(protege: PreparedPerson, supporter: PreparedPerson): FitReason {
  const shared = [...protege.languages]
    .filter((code) => supporter.languages.has(code))
    .map(languageName);
  return { code: 'shared-language', text: `You can talk in ${shared.join(' or ')}.`, points: 0 };
}

export function scorePair(
  goal: PreparedGoal,
  protege: PreparedPerson,
  supporter: PreparedPerson,
  kind: SupportKind,
  shares: Readonly<Record<FitPart, number>>,
  context: Pick<FitContext, 'load' | 'excludedPairs'>,
  referenceYear: number,
  explain = true,
): FitResult {
  const blocked = ineligibility(protege, supporter, kind, context);
  if (blocked) return { eligible: false, ...blocked };
  // Parts a program weighted at zero are not worked out at all.
  const weighted: { part: FitPart; reason: Part }[] = [];
  const add = (part: FitPart, reason: Part) => weighted.push({ part, reason });
  if (kind === 'mentor' && shares.beenThere > 0)
    for (const reason of beenThereParts(goal, supporter, referenceYear, explain))
      add('beenThere', reason);
  if (kind === 'coach' && shares.coachingAreas > 0)
    for (const reason of coachParts(goal, supporter, explain)) add('coachingAreas', reason);
  if (shares.topics > 0) add('topics', topicPart(goal, supporter, explain));
  for (const { part, reason } of outsideParts(protege, supporter, explain))
    if (shares[part] > 0) add(part, reason);
  if (shares.timezone > 0) add('timezone', timezonePart(protege, supporter, explain));
  const raw = weighted.map(
    ({ part, reason }) => 1000 * shares[part] * reason.share * reason.quality,
  );
  // The same rounding wholePoints applies, without splitting points nobody will read.
  if (!explain)
    return {
      eligible: true,
      score: clampScore(raw.reduce((sum, value) => sum + value, 0)),
      reasons: [],
    };
  const { score, points } = wholePoints(raw);
  const reasons = weighted.map(({ reason }, index) => ({
    code: reason.code,
    text: reason.text,
    points: points[index] ?? 0,
  }));
  reasons.push(languageReason(protege, supporter));
  // Strongest reasons first; the sort is stable, so equal points keep the order above.
  reasons.sort((a, b) => b.points - a.points);
  return { eligible: true, score, reasons };
}
