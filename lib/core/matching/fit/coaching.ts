/**
 * Coach fit: the needs a goal shows that a coach works on (ticked, or read from the text by
 * the triage) against what a coach says they coach. A goal with no such need gets
 * "career direction": with nothing specific to work on, that is where a coach starts.
 */
import type { GoalNeed } from '@/lib/core/goals/needs';
import { NEED_POINTS_TO } from '@/lib/core/goals/needs';
import { CUES } from '@/lib/core/triage/lexicon';
import type { Tier } from './tiers';

const NEED_OF_CODE = new Map<string, GoalNeed>(CUES.map((cue) => [cue.code, cue.need]));
const ANSWER_PREFIX = 'answer-need-';

export interface CoachNeeds {
  needs: GoalNeed[];
  /**
   * True when the goal names its areas: not the career-direction fallback of a goal that names
   * none, and not "another specific skill", which a coach's list cannot show they coach.
   */
  specific: boolean;
}

export function coachNeedsOf(
  ticked: readonly GoalNeed[],
  triageCodes: readonly string[],
  read: readonly GoalNeed[] = [],
): CoachNeeds {
  const needs = new Set<GoalNeed>([...ticked, ...read]);
  for (const code of triageCodes) {
    const need = NEED_OF_CODE.get(code);
    if (need) needs.add(need);
    if (code === 'answer-clarity-exploring') needs.add('career-direction');
    if (code.startsWith(ANSWER_PREFIX)) {
      const answered = code.slice(ANSWER_PREFIX.length);
      if (answered in NEED_POINTS_TO) needs.add(answered as GoalNeed);
    }
  }
  const forCoach = [...needs].filter((need) => NEED_POINTS_TO[need] === 'coach').sort();
  return forCoach.length
    ? { needs: forCoach, specific: !forCoach.includes('other-skill') }
    : { needs: ['career-direction'], specific: false };
}

export interface AreaCover {
  quality: number;
  covered: GoalNeed[];
  missing: GoalNeed[];
}

export function coachingCover(needs: readonly GoalNeed[], areas: ReadonlySet<GoalNeed>): AreaCover {
  const covered = needs.filter((need) => areas.has(need));
  const missing = needs.filter((need) => !areas.has(need));
  return { quality: needs.length ? covered.length / needs.length : 0, covered, missing };
}

/**
 * What a coach coaches, as a third-person phrase: the goal form's labels are the protégé's own
 * words ("Working out my career direction") and would read wrongly about someone else.
 */
export const AREA_WORDS: Readonly<Record<GoalNeed, string>> = {
  'navigate-path': 'navigating a chosen path',
  'senior-role': 'reaching a senior role',
  'unique-path': 'an unusual career path',
  'project-management': 'running projects',
  conflict: 'handling conflict',
  presentation: 'presenting',
  'other-skill': 'specific skills',
  'career-direction': 'finding a career direction',
  motivation: 'motivation or confidence',
  interpersonal: 'working relationships',
  feedback: 'making sense of feedback',
};

export function needWords(needs: readonly GoalNeed[]): string {
  const words = needs.map((need) => AREA_WORDS[need]);
  return words.length <= 1
    ? (words[0] ?? '')
    : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

export interface CoachEvidence {
  tier: Tier;
  /** 0..1 within the tier: the share of the needed areas they coach. */
  quality: number;
  cover: AreaCover;
  /** At or above the protégé's level: they have stood where the protégé stands. */
  seniorEnough: boolean;
}

/**
 * A coach's evidence: the needed areas first, then a fitting seniority. null for a coach of
 * none of the needed areas, who is never proposed: a coach is there for the area.
 */
export function coachEvidence(
  { needs, specific }: CoachNeeds,
  areas: ReadonlySet<GoalNeed>,
  coachLevel: number,
  protegeLevel: number,
): CoachEvidence | null {
  const cover = coachingCover(needs, areas);
  const seniorEnough = coachLevel >= protegeLevel;
  const tier = coachTier(cover.covered.length, needs.length, seniorEnough, specific);
  return tier === null ? null : { tier, quality: cover.quality, cover, seniorEnough };
}

/**
 * The tier rule alone, for the bulk scorer, which counts areas with bit masks. The top tier
 * needs every area covered, named areas (see CoachNeeds.specific) and a fitting seniority.
 */
export function coachTier(
  covered: number,
  needed: number,
  seniorEnough: boolean,
  specific: boolean,
): Tier | null {
  if (covered === 0) return null;
  if (covered === needed) return seniorEnough && specific ? 3 : 2;
  return seniorEnough ? 2 : 1;
}
