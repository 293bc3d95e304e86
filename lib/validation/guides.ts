/** Input schemas of a relationship's guide: turning it on or off, and a coach's pick of questions. */
import { z } from 'zod';
import { isCoachingQuestionId, MAX_PICKED_QUESTIONS } from '@/lib/core/guides/choose-guide';

const relationshipId = z
  .string({ error: 'Missing relationship.' })
  .trim()
  .min(1, 'Missing relationship.')
  .max(64, 'Unknown relationship.');

export const setGuidesOnSchema = z.object({
  relationshipId,
  on: z.enum(['yes', 'no']).transform((value) => value === 'yes'),
});
export type SetGuidesOnInput = z.output<typeof setGuidesOnSchema>;

export const pickGuideQuestionsSchema = z.object({
  relationshipId,
  // Unticked boxes send nothing: no field at all is an empty pick, which clears it.
  questionIds: z
    .array(z.string().max(64).refine(isCoachingQuestionId, 'Unknown question.'))
    .max(MAX_PICKED_QUESTIONS, `Pick at most ${MAX_PICKED_QUESTIONS} questions.`)
    .default([])
    .transform((ids) => [...new Set(ids)]),
});
export type PickGuideQuestionsInput = z.output<typeof pickGuideQuestionsSchema>;
