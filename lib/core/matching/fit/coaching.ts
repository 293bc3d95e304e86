/**
 * Coach fit: the needs a goal shows that a coach works on (ticked, or read from the text by
 * the triage) against what a coach says they coach. A goal with no such need gets
 * "career direction": with nothing specific to work on, that is where a coach starts.
 */
import type { GoalNeed } from '@/lib/core/goals/needs';
import { NEED_LABELS, NEED_POINTS_TO } from '@/lib/core/goals/needs';
import { CUES } from '@/lib/core/triage/lexicon';

const NEED_OF_CODE = new Map<string, GoalNeed>(CUES.map((cue) => [cue.code, cue.need]));
const ANSWER_PREFIX = 'answer-need-';

export function coachNeedsOf(
  ticked: readonly GoalNeed[],
  triageCodes: readonly string[],
): GoalNeed[] {
  const needs = new Set<GoalNeed>(ticked);
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
  return forCoach.length ? forCoach : ['career-direction'];
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

export function needWords(needs: readonly GoalNeed[]): string {
  const words = needs.map((need) => NEED_LABELS[need].toLowerCase());
  return words.length <= 1
    ? (words[0] ?? '')
    : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
