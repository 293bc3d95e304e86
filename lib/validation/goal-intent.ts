/**
 * A person's correction of how their goal was read: the target role and the moves it takes.
 * The function must be one matching knows, so a correction always compares with careers.
 */
import { z } from 'zod';
import { INTENT_MOVES } from '@/lib/core/goals/intent/types';
import { MAX_LEVEL, MIN_LEVEL } from '@/lib/core/profile/levels';
import { FUNCTION_CATALOGUE } from '@/lib/core/roles/function-catalogue';
import { goalIdSchema } from './goal';

export const INTENT_FUNCTIONS = FUNCTION_CATALOGUE.map((entry) => entry.name);

const empty = (value: unknown) => (value === '' ? undefined : value);

export const intentCorrectionSchema = goalIdSchema.extend({
  targetTitle: z.string().trim().max(100, 'Use at most 100 characters.').optional(),
  targetLevel: z.preprocess(
    empty,
    z.coerce
      .number({ error: 'Choose a level from the list.' })
      .int()
      .min(MIN_LEVEL, 'Choose a level from the list.')
      .max(MAX_LEVEL, 'Choose a level from the list.')
      .optional(),
  ),
  targetFunction: z.preprocess(
    empty,
    z
      .string()
      .refine((name) => INTENT_FUNCTIONS.includes(name), 'Choose a function from the list.')
      .optional(),
  ),
  moves: z
    .array(z.enum(INTENT_MOVES, { error: 'Choose from the list.' }))
    .max(INTENT_MOVES.length)
    .default([]),
});
export type IntentCorrectionInput = z.infer<typeof intentCorrectionSchema>;
