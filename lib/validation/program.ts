/** Input schemas of programs: creating one, and its policy. */
import { z } from 'zod';
import { isOneLine } from '@/lib/core/accounts/one-line';

const weight = z.coerce
  .number({ error: 'Use a number from 0 to 100.' })
  .min(0, 'Use a number from 0 to 100.')
  .max(100, 'Use a number from 0 to 100.');

const whole = (low: number, high: number, what: string) =>
  z.coerce
    .number({ error: `${what}: a whole number from ${low} to ${high}.` })
    .int(`${what}: a whole number from ${low} to ${high}.`)
    .min(low, `${what}: a whole number from ${low} to ${high}.`)
    .max(high, `${what}: a whole number from ${low} to ${high}.`);

/**
 * The evidence weights may not be 0: lived experience decides a mentor's fit and coaching areas
 * a coach's, and the other weights only move a score within the band evidence gives it. Each
 * message sits on its own field, and weights that are all 0 also get one on the fieldset. A
 * weight already out of range says so once, by its range.
 */
export const NO_EVIDENCE_MESSAGES = {
  allZero:
    'All the weights are 0, so nothing would tell one person from another. Give lived experience and coaching areas some weight.',
  beenThere: 'Lived experience must count for something: it is what a mentor is for.',
  coachingAreas: 'Coaching areas must count for something: they are what a coach is for.',
} as const;

export const fitWeightsSchema = z
  .object({
    beenThere: weight,
    coachingAreas: weight,
    topics: weight,
    crossFunction: weight,
    crossOrganisation: weight,
    timezone: weight,
  })
  .superRefine((weights, context) => {
    if (Object.values(weights).every((value) => value === 0))
      context.addIssue({ code: 'custom', message: NO_EVIDENCE_MESSAGES.allZero, path: [] });
    for (const part of ['beenThere', 'coachingAreas'] as const)
      if (weights[part] === 0)
        context.addIssue({ code: 'custom', message: NO_EVIDENCE_MESSAGES[part], path: [part] });
  });
export type FitWeightsInput = z.infer<typeof fitWeightsSchema>;

const policyFields = z.object({
  weights: fitWeightsSchema,
  openRequestCap: whole(1, 10, 'Open requests per person'),
  remindAfterDays: whole(1, 30, 'Days before a reminder'),
  expireAfterDays: whole(2, 60, 'Days before a request expires'),
  defaultCapacity: whole(0, 10, 'Default capacity'),
  allowCrossOrganisation: z.boolean().default(true),
});

/** A reminder comes before the request expires, or it would remind nobody of anything. */
function remindBeforeExpiry(
  policy: { remindAfterDays: number; expireAfterDays: number },
  context: z.RefinementCtx,
) {
  if (policy.remindAfterDays >= policy.expireAfterDays)
    context.addIssue({
      code: 'custom',
      message: `Remind before a request expires: fewer than ${policy.expireAfterDays} days.`,
      path: ['remindAfterDays'],
    });
}

export const programPolicySchema = policyFields.superRefine(remindBeforeExpiry);
export type ProgramPolicy = z.infer<typeof programPolicySchema>;

export const createProgramSchema = z.object({
  name: z
    .string({ error: 'Name the program.' })
    .trim()
    .min(3, 'Name the program: at least 3 characters.')
    .max(100, 'Keep the name under 100 characters.')
    .refine(isOneLine, 'Write the name on one line, without line breaks or tabs.'),
  description: z.string().trim().max(2000, 'Keep it under 2000 characters.').default(''),
  // A form sends one text (addresses separated by commas, spaces or lines); code sends a list.
  adminEmails: z.preprocess(
    (value) => (typeof value === 'string' ? value.split(/[\s,;]+/).filter(Boolean) : (value ?? [])),
    z
      .array(z.string().trim().toLowerCase())
      .min(1, 'Name at least one program admin.')
      .max(20, 'Name at most 20 program admins.')
      // Said on the field itself (not on one list item), so the form can show it.
      .superRefine((emails, context) => {
        const wrong = emails.find((email) => !z.email().safeParse(email).success);
        if (wrong !== undefined)
          context.addIssue({
            code: 'custom',
            message: `“${wrong.length > 40 ? `${wrong.slice(0, 40)}…` : wrong}” is not an e-mail address. Enter e-mail addresses of people on the platform.`,
          });
      }),
  ),
});
export type CreateProgramInput = z.infer<typeof createProgramSchema>;

const id = (what: string) =>
  z
    .string({ error: `Missing ${what}.` })
    .trim()
    .min(1, `Missing ${what}.`)
    .max(64, `Unknown ${what}.`);

export const programIdSchema = z.object({ programId: id('program') });
export const resendInvitationSchema = z.object({ programId: id('program'), userId: id('person') });
export const updatePolicySchema = policyFields
  .extend({
    programId: id('program'),
    // A form's unticked box sends nothing at all: there, absent means "not allowed".
    allowCrossOrganisation: z
      .boolean()
      .optional()
      .transform((allowed) => allowed ?? false),
  })
  .superRefine(remindBeforeExpiry);
/** A policy preview's draft: the weights being edited, checked as saving them would be. */
export const policyPreviewSchema = z.object({
  programId: id('program'),
  weights: fitWeightsSchema,
});
export const runIdSchema = z.object({ runId: id('run') });

export const decideProposalSchema = z.object({
  proposalId: id('proposal'),
  decision: z.enum(['APPROVED', 'REJECTED', 'PROPOSED'], {
    error: 'Approve, reject or put back under review.',
  }),
});

/** The ticked rows of the review table, approved or rejected together. */
export const decideTickedSchema = runIdSchema.extend({
  proposalIds: z
    .array(id('proposal'), { error: 'Tick at least one proposal.' })
    .min(1, 'Tick at least one proposal.')
    .max(500, 'Tick at most 500 proposals at once.'),
  decision: z.enum(['APPROVED', 'REJECTED'], { error: 'Approve or reject.' }),
});

export const swapProposalSchema = z.object({
  proposalId: id('proposal'),
  personId: id('person'),
});

const fitField = z.coerce
  .number({ error: 'Give a fit from 0 to 1000.' })
  .int('Give a whole number from 0 to 1000.')
  .min(0, 'Give a fit from 0 to 1000.')
  .max(1000, 'Give a fit from 0 to 1000.');

export const approveAboveSchema = runIdSchema.extend({ minimumFit: fitField });
export const rejectBelowSchema = runIdSchema.extend({ fitBelow: fitField });

export const joinProgramSchema = z.object({
  code: z
    .string({ error: 'This invitation link is incomplete.' })
    .trim()
    .min(1, 'This invitation link is incomplete.')
    .max(100, 'This invitation link is not one of ours.'),
});
