/** Input schema of a goal, shared by the goal form and the server. */
import { z } from 'zod';
import { GOAL_NEEDS } from '@/lib/core/goals/needs';
import { GOAL_VISIBILITY_IDS } from '@/lib/core/goals/visibility';
import { MAX_LEVEL, MIN_LEVEL } from '@/lib/core/profile/levels';

export const GOAL_HORIZONS = {
  MONTHS_6: 'Within 6 months',
  YEAR_1: 'Within a year',
  YEARS_2: 'In one to two years',
  YEARS_5: 'In the next five years',
} as const;

const clarity = z.enum(['CLEAR', 'EXPLORING'], { error: 'Choose how clear you are.' }).optional();
const needs = z
  .array(z.enum(GOAL_NEEDS, { error: 'Choose from the list.' }))
  .max(GOAL_NEEDS.length)
  .default([]);

export const goalSchema = z.object({
  statement: z
    .string({ error: 'Describe your goal in your own words.' })
    .trim()
    .min(10, 'Say a little more: at least 10 characters.')
    .max(2000, 'Keep it under 2000 characters.'),
  targetTitle: z.string().trim().max(100, 'Use at most 100 characters.').optional(),
  targetLevel: z.coerce.number().int().min(MIN_LEVEL).max(MAX_LEVEL).optional(),
  horizon: z
    .enum(Object.keys(GOAL_HORIZONS) as [keyof typeof GOAL_HORIZONS], {
      error: 'Choose a horizon from the list.',
    })
    .optional(),
  clarity: z.enum(['CLEAR', 'EXPLORING'], { error: 'Choose how clear you are.' }).optional(),
  needs: z
    .array(z.enum(GOAL_NEEDS, { error: 'Choose from the list.' }))
    .max(GOAL_NEEDS.length)
    .default([]),
  visibility: z
    .enum(GOAL_VISIBILITY_IDS, { error: 'Choose who can see this goal.' })
    .default('MATCHING_SUPPORTERS'),
});

export type GoalInput = z.infer<typeof goalSchema>;

export const goalIdSchema = z.object({ goalId: z.string().min(1).max(64) });

/** The optional questionnaire on a goal's page. */
export const goalAnswersSchema = goalIdSchema.extend({ clarity, needs });
export type GoalAnswersInput = z.infer<typeof goalAnswersSchema>;

export const helpChoiceSchema = goalIdSchema.extend({
  choice: z.enum(['RECOMMENDED', 'MENTOR', 'COACH', 'BOTH'], {
    error: 'Choose one of the options.',
  }),
});
export type HelpChoiceInput = z.infer<typeof helpChoiceSchema>;
