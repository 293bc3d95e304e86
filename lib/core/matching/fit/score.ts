/**
 * One pair's fit. The evidence (lived.ts for a mentor, coaching.ts for a coach) puts the pair
 * in a tier, whose band (tiers.ts) holds the score; within the band each part (the evidence's
 * own quality, shared topics, an outside view, working hours) earns its normalised weight's
 * share of the band. Reasons carry the whole points they earned, so they sum to the score;
 * trade-offs show up as 0-point reasons. Every reason is written in two voices (voice.ts).
 */
import { languageName } from '@/lib/core/profile/places';
import { levelName } from '@/lib/core/profile/levels';
import { coachEvidence, needWords, type CoachEvidence } from './coaching';
import { ineligibility } from './eligibility';
import { mentorEvidence, type MentorEvidence } from './lived';
import { clampScore, wholePoints } from './points';
import type { PreparedGoal, PreparedPerson } from './prepare';
import { TIER_BASE, TIER_SPAN, type Tier } from './tiers';
import { sharedWorkingHours } from './timezone';
import { sharedStems, topicSimilarity } from './topics';
import type { FitContext, FitReason, FitResult, SupportKind } from './types';
import { say, type Said, type Voice } from './voice';
import type { FitPart } from './weights';

// Two short texts rarely share more than half their weighted words; that much is full marks.
export const FULL_TOPIC_COSINE = 0.5;

export interface Part {
  code: string;
  said: Said;
  /** 0..1, how fully this part is met. */
  quality: number;
}

const SILENT: Said = { text: '', about: '' };

function mentorPart(evidence: MentorEvidence, goal: PreparedGoal, explain: boolean): Part {
  const best = evidence.best;
  if (!best)
    return {
      code: 'nothing-lived',
      said: explain
        ? say(
            (v) =>
              goal.mentorHandle
                ? `Has not made the move ${v.goal} is after, nor held the role it aims at.`
                : `${v.Goal} names no move or role to compare careers with.`,
            goal.voice,
          )
        : SILENT,
      quality: 0,
    };
  return {
    code: best.code,
    said: explain ? say(best.write, goal.voice) : SILENT,
    quality: evidence.quality,
  };
}

function coachPart(
  evidence: CoachEvidence,
  supporter: PreparedPerson,
  goal: PreparedGoal,
  explain: boolean,
): Part[] {
  const { cover, seniorEnough } = evidence;
  const level = levelName(supporter.person.level);
  const parts: Part[] = [
    {
      code: 'coaches-your-needs',
      said: explain
        ? say((v) => `Coaches ${needWords(cover.covered)}, which ${v.goal} calls for.`, goal.voice)
        : SILENT,
      quality: evidence.quality,
    },
    {
      code: seniorEnough ? 'senior-enough' : 'less-senior',
      said: explain
        ? say(
            (v) =>
              seniorEnough
                ? `Works at ${level} level, at or above ${v.yours}: has stood where ${v.you} stand${v.you === 'you' ? '' : 's'}.`
                : `Works at ${level} level, below ${v.yours}.`,
            goal.voice,
          )
        : SILENT,
      quality: 0,
    },
  ];
  if (cover.missing.length)
    parts.push({
      code: 'does-not-coach',
      said: explain
        ? say(() => `Does not list ${needWords(cover.missing)} among what they coach.`, goal.voice)
        : SILENT,
      quality: 0,
    });
  return parts;
}

function sharedWords(goal: PreparedGoal, supporter: PreparedPerson): string[] {
  return sharedStems(goal.topics, supporter.topics, 3).map((stem) => goal.words.get(stem) ?? stem);
}

function topicPart(goal: PreparedGoal, supporter: PreparedPerson, explain: boolean): Part {
  const quality = Math.min(1, topicSimilarity(goal.topics, supporter.topics) / FULL_TOPIC_COSINE);
  if (quality === 0)
    return {
      code: 'few-shared-topics',
      said: explain
        ? say((v) => `Their background shares few subjects with ${v.goal}.`, goal.voice)
        : SILENT,
      quality: 0,
    };
  const words = explain ? sharedWords(goal, supporter) : [];
  const list = words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words.at(-1)}` : words[0];
  return {
    code: 'shared-topics',
    said: explain
      ? say((v) => `Their background touches on ${list}, as ${v.goal} does.`, goal.voice)
      : SILENT,
    quality,
  };
}

function outsideParts(
  protege: PreparedPerson,
  supporter: PreparedPerson,
  voice: Voice,
  explain: boolean,
): { part: FitPart; reason: Part }[] {
  const other = protege.functionKey !== supporter.functionKey;
  const elsewhere = protege.organisationKey !== supporter.organisationKey;
  const fn = supporter.person.function;
  const org = supporter.person.organization;
  const words = (write: (v: Voice) => string) => (explain ? say(write, voice) : SILENT);
  return [
    {
      part: 'crossFunction',
      reason: other
        ? {
            code: 'other-function',
            said: words((v) => `Works in ${fn}, not ${v.your} function: an outside view.`),
            quality: 1,
          }
        : {
            code: 'same-function',
            said: words(
              (v) =>
                `Works in ${fn}, as ${v.you} ${v.you === 'you' ? 'do' : 'does'}, so brings less of an outside view.`,
            ),
            quality: 0,
          },
    },
    {
      part: 'crossOrganisation',
      reason: elsewhere
        ? {
            code: 'other-organisation',
            said: words((v) => `Works at ${org}, outside ${v.your} organisation: a broader view.`),
            quality: 1,
          }
        : {
            code: 'same-organisation',
            said: words((v) => `Works at ${org}, the same organisation as ${v.you}.`),
            quality: 0,
          },
    },
  ];
}

function timezonePart(
  protege: PreparedPerson,
  supporter: PreparedPerson,
  voice: Voice,
  explain: boolean,
): Part {
  const hours = sharedWorkingHours(protege.offsetMinutes, supporter.offsetMinutes);
  const apart = Math.round(Math.abs(protege.offsetMinutes - supporter.offsetMinutes) / 60);
  const gap = apart === 1 ? '1 hour apart' : `${apart} hours apart`;
  if (hours === 0)
    return {
      code: 'no-timezone-overlap',
      said: explain
        ? say(
            (v) =>
              `${gap[0]?.toUpperCase()}${gap.slice(1)}: the working days do not overlap, so meetings would be early or late for ${v.you === 'you' ? 'one of you' : `${v.you} or them`}.`,
            voice,
          )
        : SILENT,
      quality: 0,
    };
  const rounded = Math.round(hours);
  return {
    code: 'timezone-overlap',
    said: explain
      ? say(
          (v) =>
            rounded >= 8
              ? `Works the same hours as ${v.you}.`
              : `${gap[0]?.toUpperCase()}${gap.slice(1)}: the working days overlap by about ${rounded} hour${rounded === 1 ? '' : 's'}.`,
          voice,
        )
      : SILENT,
    quality: hours / 8,
  };
}

function languageReason(protege: PreparedPerson, supporter: PreparedPerson, voice: Voice) {
  const shared = [...protege.languages]
    .filter((code) => supporter.languages.has(code))
    .map(languageName)
    .join(' or ');
  const said = say(
    (v) => (v.you === 'you' ? `You can talk in ${shared}.` : `They and ${v.you} share ${shared}.`),
    voice,
  );
  return { code: 'shared-language', ...said, points: 0 };
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
  // The evidence part is always worked out: it decides the band even when weighted at zero.
  const weighted: { part: FitPart; reason: Part }[] = [];
  let tier: Tier;
  if (kind === 'mentor') {
    const evidence = mentorEvidence(goal.mentorTarget, supporter.career, referenceYear);
    tier = evidence.tier;
    weighted.push({ part: 'beenThere', reason: mentorPart(evidence, goal, explain) });
  } else {
    const evidence = coachEvidence(
      goal.coachNeeds,
      supporter.coachingAreas,
      supporter.person.level,
      protege.person.level,
    );
    if (!evidence)
      return {
        eligible: false,
        code: 'does-not-coach-area',
        text: 'Does not coach what the goal calls for.',
      };
    tier = evidence.tier;
    for (const reason of coachPart(evidence, supporter, goal, explain))
      weighted.push({ part: 'coachingAreas', reason });
  }
  if (shares.topics > 0)
    weighted.push({ part: 'topics', reason: topicPart(goal, supporter, explain) });
  for (const outside of outsideParts(protege, supporter, goal.voice, explain))
    if (shares[outside.part] > 0) weighted.push(outside);
  if (shares.timezone > 0)
    weighted.push({
      part: 'timezone',
      reason: timezonePart(protege, supporter, goal.voice, explain),
    });
  const span = TIER_SPAN[tier];
  const raw = weighted.map(
    ({ part, reason }, index) =>
      (index === 0 ? TIER_BASE[tier] : 0) + span * shares[part] * reason.quality,
  );
  // The same rounding wholePoints applies, without splitting points nobody will read.
  if (!explain)
    return {
      eligible: true,
      score: clampScore(raw.reduce((sum, value) => sum + value, 0)),
      reasons: [],
    };
  const { score, points } = wholePoints(raw);
  const reasons: FitReason[] = weighted.map(({ reason }, index) => ({
    code: reason.code,
    text: reason.said.text,
    about: reason.said.about,
    points: points[index] ?? 0,
  }));
  reasons.push(languageReason(protege, supporter, goal.voice));
  // Strongest reasons first; the sort is stable, so equal points keep the order above.
  reasons.sort((a, b) => b.points - a.points);
  return { eligible: true, score, reasons };
}
