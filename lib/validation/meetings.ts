/**
 * Input schemas of meetings. Times arrive as a datetime-local field sends them, with no zone:
 * the server reads them in the sender's own time zone (lib/core/meetings/wall-time.ts).
 */
import { z } from 'zod';
import { WALL_TIME } from '@/lib/core/meetings/wall-time';

export const MEETING_LENGTHS = [30, 45, 60, 90] as const;
export const NOTE_MAX_LENGTH = 500;

const id = (what: string) =>
  z
    .string({ error: `Missing ${what}.` })
    .trim()
    .min(1, `Missing ${what}.`)
    .max(64, `Unknown ${what}.`);

const wallTime = z
  .string({ error: 'Choose a day and a time.' })
  .trim()
  .regex(WALL_TIME, 'Choose a day and a time.');

export const proposeMeetingSchema = z
  .object({
    relationshipId: id('relationship'),
    first: wallTime,
    second: wallTime.optional(),
    third: wallTime.optional(),
    minutes: z.coerce
      .number({ error: 'Choose how long.' })
      .refine((minutes) => (MEETING_LENGTHS as readonly number[]).includes(minutes), {
        error: 'Choose how long.',
      }),
    videoLink: z
      .string()
      .trim()
      .max(500, 'Keep the link under 500 characters.')
      .pipe(z.url({ protocol: /^https$/, error: 'A video link starts with https://.' }))
      .optional(),
  })
  .superRefine((input, context) => {
    const seen = new Set<string>();
    for (const field of ['first', 'second', 'third'] as const) {
      const time = input[field];
      if (time === undefined) continue;
      if (seen.has(time))
        context.addIssue({ code: 'custom', path: [field], message: 'Offer a different time.' });
      seen.add(time);
    }
  });
export type ProposeMeetingInput = z.infer<typeof proposeMeetingSchema>;

export const meetingIdSchema = z.object({ meetingId: id('meeting') });

export const pickMeetingTimeSchema = meetingIdSchema.extend({
  choice: z.coerce
    .number({ error: 'Choose one of the times.' })
    .int('Choose one of the times.')
    .min(0, 'Choose one of the times.')
    .max(2, 'Choose one of the times.'),
});

export const moveMeetingSchema = meetingIdSchema.extend({ time: wallTime });

export const meetingNoteSchema = meetingIdSchema.extend({
  text: z
    .string({ error: 'Write a line about how it went.' })
    .trim()
    .min(1, 'Write a line about how it went.')
    .max(NOTE_MAX_LENGTH, `Keep it under ${NOTE_MAX_LENGTH} characters.`),
});
