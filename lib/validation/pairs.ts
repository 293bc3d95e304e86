/** Input schemas of pairing by hand and of "never pair these two". */
import { z } from 'zod';

const id = (what: string) =>
  z
    .string({ error: `Missing ${what}.` })
    .trim()
    .min(1, `Missing ${what}.`)
    .max(64, `That ${what} is not one of ours.`);

/** A need of a run: one goal and one kind of help. The URL says "mentor" or "coach". */
export const needSchema = z.object({
  runId: id('run'),
  goalId: id('goal'),
  kind: z.enum(['MENTOR', 'COACH'], { error: 'Say whether this is for a mentor or a coach.' }),
});

export const kindInUrlSchema = z
  .enum(['mentor', 'coach'])
  .transform((kind) => (kind === 'mentor' ? ('MENTOR' as const) : ('COACH' as const)));

export const manualPairSchema = needSchema.extend({
  personId: id('person').refine((value) => value !== '(typed, not chosen)', {
    message: 'Choose a person from the list.',
  }),
});

export const pairCandidatesQuerySchema = needSchema.extend({
  query: z.string().trim().min(2).max(100),
});

export const neverPairSchema = z.object({ proposalId: id('proposal') });

export const allowPairAgainSchema = z.object({
  programId: id('program'),
  firstId: id('person'),
  secondId: id('person'),
});
