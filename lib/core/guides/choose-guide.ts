/**
 * Which guide fits a relationship: the mentoring guide for a mentor, and for a coach the
 * question sets of the goal's coaching areas. A goal that names no area starts with career
 * direction, as coach matching does (lib/core/matching/fit/coaching.ts).
 */
import { COACHING_AREAS, COACHING_SETS } from './coaching';
import { MENTORING_GUIDE } from './mentoring';
import type { CoachingArea, GuideQuestion, RelationshipGuide } from './types';

/** How many questions a coach may pick for the next meeting. */
export const MAX_PICKED_QUESTIONS = 5;

export function chooseGuide(
  kind: 'MENTOR' | 'COACH' | 'BOTH',
  areas: readonly string[],
): RelationshipGuide {
  if (kind === 'MENTOR') return MENTORING_GUIDE;
  const wanted = new Set(areas);
  const chosen = COACHING_AREAS.filter((area) => wanted.has(area));
  const shown: CoachingArea[] = chosen.length ? chosen : ['career-direction'];
  return { kind: 'coaching', sets: shown.map((area) => COACHING_SETS[area]) };
}

/** Every coaching question by id: what a coach's stored pick is read back through. */
const QUESTION_BY_ID = new Map<string, GuideQuestion>(
  COACHING_AREAS.flatMap((area) => COACHING_SETS[area].questions.map((q) => [q.id, q] as const)),
);

export const isCoachingQuestionId = (id: string) => QUESTION_BY_ID.has(id);

/** The picked questions still in the guide, in the order picked; unknown ids drop out. */
export function pickedQuestions(ids: readonly string[]): GuideQuestion[] {
  return ids.flatMap((id) => QUESTION_BY_ID.get(id) ?? []);
}
