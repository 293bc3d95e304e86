/**
 * Who offers help: about a quarter of people mentor and a seventh coach, mostly at the
 * higher levels, each with room for 1 to 4 people; coaches name the areas they coach on.
 */
import { GOAL_NEEDS, NEED_POINTS_TO, type GoalNeed } from '@/lib/core/goals/needs';
import type { HelpOffered } from '@/lib/generated/prisma/enums';
import type { Random } from './random';

/** Chance of offering each kind of help at levels 1..8. */
const MENTORS_BY_LEVEL = [0, 0.03, 0.15, 0.35, 0.55, 0.65, 0.7, 0.7] as const;
const COACHES_BY_LEVEL = [0, 0.02, 0.08, 0.2, 0.33, 0.4, 0.35, 0.3] as const;

export const COACHING_NEEDS: readonly GoalNeed[] = GOAL_NEEDS.filter(
  (need) => NEED_POINTS_TO[need] === 'coach',
);

export interface Offer {
  offers: HelpOffered;
  capacity: number;
  coachingAreas: GoalNeed[];
}

export function offerFor(level: number, random: Random): Offer {
  const mentors = random.chance(MENTORS_BY_LEVEL[level - 1] ?? 0);
  const coaches = random.chance(COACHES_BY_LEVEL[level - 1] ?? 0);
  const offers: HelpOffered =
    mentors && coaches ? 'BOTH' : mentors ? 'MENTORING' : coaches ? 'COACHING' : 'NONE';
  if (offers === 'NONE') return { offers, capacity: 0, coachingAreas: [] };
  return {
    offers,
    capacity: random.weighted([
      [1, 3],
      [2, 4],
      [3, 2],
      [4, 1],
    ]),
    coachingAreas: coaches ? random.sample(COACHING_NEEDS, random.int(2, 4)) : [],
  };
}
