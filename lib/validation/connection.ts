/** Input schemas of the connection flow (requests, relationships, privacy choices). */
import { z } from 'zod';

const id = (what: string) =>
  z
    .string({ error: `Missing ${what}.` })
    .trim()
    .min(1, `Missing ${what}.`)
    .max(64, `Unknown ${what}.`);

export const HELP_KINDS = ['MENTOR', 'COACH'] as const;

export const sendRequestSchema = z.object({
  goalId: id('goal'),
  personId: id('person'),
  kind: z.enum(HELP_KINDS, { error: 'Choose mentoring or coaching.' }),
  note: z
    .string({ error: 'Write a short note: which goal, and why this person.' })
    .trim()
    .min(20, 'Say a little more: at least 20 characters, so they know why you are asking.')
    .max(1000, 'Keep it under 1000 characters.'),
});
export type SendRequestInput = z.infer<typeof sendRequestSchema>;

export const sendOfferSchema = sendRequestSchema.omit({ personId: true });

export const requestIdSchema = z.object({ requestId: id('request') });

export const askDetailSchema = requestIdSchema.extend({
  question: z
    .string({ error: 'Write your question.' })
    .trim()
    .min(5, 'Write your question: at least 5 characters.')
    .max(500, 'Keep it under 500 characters.'),
});

export const answerDetailSchema = requestIdSchema.extend({
  answer: z
    .string({ error: 'Write your answer.' })
    .trim()
    .min(5, 'Write your answer: at least 5 characters.')
    .max(1000, 'Keep it under 1000 characters.'),
});

export const relationshipIdSchema = z.object({ relationshipId: id('relationship') });

/** Up to five steps the two agree on; empty lines are dropped. */
export const MAX_MILESTONES = 5;

export const markActiveSchema = relationshipIdSchema.extend({
  focus: z.string().trim().max(300, 'Keep it under 300 characters.').optional(),
  milestones: z
    .array(z.string().trim().max(200, 'Keep each milestone under 200 characters.').optional())
    .max(MAX_MILESTONES, `At most ${MAX_MILESTONES} milestones.`)
    .optional()
    .transform((lines) => (lines ?? []).filter((line): line is string => Boolean(line))),
});

export const endRelationshipSchema = relationshipIdSchema.extend({
  note: z.string().trim().max(1000, 'Keep it under 1000 characters.').optional(),
  dontSuggestAgain: z.boolean().default(false),
});

export const checkInSchema = relationshipIdSchema.extend({
  note: z
    .string({ error: 'Write a line about how it is going.' })
    .trim()
    .min(3, 'Write a line about how it is going.')
    .max(2000, 'Keep it under 2000 characters.'),
  rating: z.coerce
    .number({ error: 'Choose how it is going, from 1 to 5.' })
    .int('Choose how it is going, from 1 to 5.')
    .min(1, 'Choose how it is going, from 1 to 5.')
    .max(5, 'Choose how it is going, from 1 to 5.'),
  /** The milestones this check-in ticks off. */
  milestonesDone: z.array(z.string().max(64)).max(MAX_MILESTONES).optional().default([]),
});

export const personIdSchema = z.object({ personId: id('person') });
export const dismissSchema = z.object({ goalId: id('goal'), personId: id('person') });
