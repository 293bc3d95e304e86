/** Input schemas of invitations to someone from outside, shared by the forms and the server. */
import { z } from 'zod';
import { isOneLine } from '@/lib/core/accounts/one-line';
import { HELP_KINDS } from './connection';

const id = (what: string) =>
  z
    .string({ error: `Missing ${what}.` })
    .trim()
    .min(1, `Missing ${what}.`)
    .max(64, `Unknown ${what}.`);

export const inviteOutsideSchema = z.object({
  goalId: id('goal'),
  email: z
    .string({ error: 'Enter the e-mail address of the person you invite.' })
    .trim()
    .toLowerCase()
    .max(254, 'That e-mail address is too long.')
    .pipe(z.email('Enter a valid e-mail address, like name@example.com.')),
  kind: z.enum(HELP_KINDS, { error: 'Choose mentor or coach.' }),
  note: z
    .string({ error: 'Write a short note: who you are to them, and why you ask them.' })
    .trim()
    .min(20, 'Say a little more: at least 20 characters, so they know why you are asking.')
    .max(1000, 'Keep it under 1000 characters.'),
});
export type InviteOutsideInput = z.infer<typeof inviteOutsideSchema>;

export const outsideInvitationIdSchema = z.object({ invitationId: id('invitation') });

export const acceptOutsideSchema = outsideInvitationIdSchema.extend({
  /** What the other person will call them; a guest has given no name yet. */
  name: z
    .string({ error: 'Write your name as you would like to be called.' })
    .trim()
    .min(1, 'Write your name as you would like to be called.')
    .max(100, 'Keep your name under 100 characters.')
    .refine(isOneLine, 'Write your name on one line.'),
});
