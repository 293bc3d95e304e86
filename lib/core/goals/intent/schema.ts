/**
 * A goal's intent as stored (a person's correction) and as a people-and-goals file may carry
 * it: parsed at every boundary, so matching only ever sees a well-formed intent.
 */
import { z } from 'zod';
import { GOAL_NEEDS, NEED_POINTS_TO, type GoalNeed } from '@/lib/core/goals/needs';
import { MAX_LEVEL, MIN_LEVEL } from '@/lib/core/profile/levels';
import { INTENT_MOVES, type GoalIntent } from './types';

const COACH_NEEDS = GOAL_NEEDS.filter((need) => NEED_POINTS_TO[need] === 'coach') as [
  GoalNeed,
  ...GoalNeed[],
];

export const goalIntentSchema = z.object(
  {
    targetRole: z.object(
      {
        title: z.string({ error: 'expected text or null' }).trim().max(200).nullable(),
        level: z
          .number({ error: `expected a whole number ${MIN_LEVEL}-${MAX_LEVEL} or null` })
          .int()
          .min(MIN_LEVEL)
          .max(MAX_LEVEL)
          .nullable(),
        function: z.string({ error: 'expected text or null' }).trim().max(200).nullable(),
      },
      { error: 'expected an object with title, level and function' },
    ),
    moves: z
      .array(z.enum(INTENT_MOVES, { error: `expected one of ${INTENT_MOVES.join(', ')}` }))
      .max(INTENT_MOVES.length),
    coachingAreas: z
      .array(z.enum(COACH_NEEDS, { error: `expected one of ${COACH_NEEDS.join(', ')}` }))
      .max(COACH_NEEDS.length),
  },
  { error: 'expected an object with targetRole, moves and coachingAreas' },
) satisfies z.ZodType<GoalIntent>;
