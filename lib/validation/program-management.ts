/**
 * Input schemas of managing a program: its admins, its members, its window and archiving it.
 * The form and the server action share each one.
 */
import { z } from 'zod';

const id = (what: string) =>
  z
    .string({ error: `Missing ${what}.` })
    .trim()
    .min(1, `Missing ${what}.`)
    .max(64, `Unknown ${what}.`);

const programId = id('program');

export const addAdminSchema = z.object({
  programId,
  email: z
    .string({ error: 'Enter the e-mail address of the person to add.' })
    .trim()
    .toLowerCase()
    .min(1, 'Enter the e-mail address of the person to add.')
    .max(254, 'That is not an e-mail address: it is too long.')
    .pipe(z.email('That is not an e-mail address. Enter one like name@example.com.')),
});
export type AddAdminInput = z.infer<typeof addAdminSchema>;

export const removeAdminSchema = z.object({ programId, userId: id('admin') });
export const removeMemberSchema = z.object({ programId, userId: id('person') });
/** Leaving from the account page, or from the program's join page (back to it afterwards). */
export const leaveProgramSchema = z.object({
  programId,
  code: z.string().trim().max(100, 'This invitation link is not one of ours.').optional(),
});
export const archiveProgramSchema = z.object({ programId });

/** A date field: empty means "no limit on this side"; otherwise a real calendar day. */
const day = (what: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((text, context) => {
      if (!text) return null;
      const date = /^\d{4}-\d{2}-\d{2}$/.test(text) ? new Date(`${text}T00:00:00Z`) : null;
      // A date the calendar does not have (2027-02-30) rolls over; refuse it instead.
      if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) {
        context.addIssue({ code: 'custom', message: `Give the ${what} as a date.` });
        return z.NEVER;
      }
      return date;
    });

export const programWindowSchema = z
  .object({ programId, startsOn: day('first day'), endsOn: day('last day') })
  .superRefine((window, context) => {
    if (window.startsOn && window.endsOn && window.endsOn <= window.startsOn)
      context.addIssue({
        code: 'custom',
        message: 'The last day must come after the first day.',
        path: ['endsOn'],
      });
  });
export type ProgramWindowInput = z.infer<typeof programWindowSchema>;

/** Whether the program's members may invite a mentor or coach from outside (by e-mail). */
export const outsideMentorsSchema = z.object({
  programId,
  // A form's unticked box sends nothing at all: there, absent means "not allowed".
  allowOutsideMentors: z
    .boolean()
    .optional()
    .transform((allowed) => allowed ?? false),
});
export type OutsideMentorsInput = z.infer<typeof outsideMentorsSchema>;
