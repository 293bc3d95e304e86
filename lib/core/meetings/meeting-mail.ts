/**
 * What each person is told when a meeting is offered, picked, moved or cancelled: the e-mail's
 * subject and text and the notice in the product, with every time on the reader's own clock.
 */
import { meetingTimeWords, zoneWords } from './time-words';

export type MeetingChange =
  'proposed' | 'declined' | 'withdrawn' | 'scheduled' | 'moved' | 'cancelled';

/** The changes that send both people a calendar invitation (or its cancellation). */
export const CHANGES_WITH_INVITATION: ReadonlySet<MeetingChange> = new Set([
  'scheduled',
  'moved',
  'cancelled',
]);

export interface MeetingMailInput {
  change: MeetingChange;
  /** Who made the change, and whether that is the reader. */
  by: string;
  byReader: boolean;
  /** The other person, from the reader's side. */
  withName: string;
  kind: 'mentoring' | 'coaching';
  /** The times offered (proposed), or the one time of the meeting. */
  times: Date[];
  zone: string;
  minutes: number;
  videoLink: string | null;
  /** The relationship's guide as text (lib/core/guides/meeting-guide.ts); '' when off or none. */
  guideText?: string;
}

export function meetingMail(input: MeetingMailInput): { subject: string; text: string } {
  const { by, withName, kind, zone, minutes } = input;
  const who = input.byReader ? 'You' : by;
  const when = (time: Date) => meetingTimeWords(time, zone);
  const first = input.times[0] ?? new Date(0);
  const clock = `(${zoneWords(first, zone)})`;
  const video = input.videoLink ? `\nVideo link: ${input.videoLink}` : '';
  switch (input.change) {
    case 'proposed':
      return {
        subject: `${by} offers times to meet`,
        text:
          `${by} offers ${input.times.length === 1 ? 'a time' : 'these times'} for a ${kind} ` +
          `meeting of ${minutes} minutes, on your clock ${clock}:\n` +
          input.times.map((time) => `- ${when(time)}`).join('\n') +
          `${video}\nPick one on your relationship's page; you both then get a calendar invitation.`,
      };
    case 'declined':
      return {
        subject: 'None of your times work',
        text: `${by} says none of the times you offered work. Offer others on your relationship's page.`,
      };
    case 'withdrawn':
      return {
        subject: 'Times to meet withdrawn',
        text: `${by} withdrew the times offered for a meeting.`,
      };
    case 'scheduled':
      return {
        subject: `Meeting with ${withName}: ${when(first)}`,
        text:
          `${who} picked a time. Your ${kind} meeting with ${withName} is on ${when(first)} ` +
          `${clock}, for ${minutes} minutes.${video}\nThe calendar invitation is attached.` +
          (input.guideText ?? ''),
      };
    case 'moved':
      return {
        subject: `Meeting moved: ${when(first)}`,
        text:
          `${who} moved your ${kind} meeting with ${withName} to ${when(first)} ${clock}.${video}\n` +
          'The invitation attached updates the one in your calendar.' +
          (input.guideText ?? ''),
      };
    case 'cancelled':
      return {
        subject: `Meeting cancelled: ${when(first)}`,
        text:
          `${who} cancelled your ${kind} meeting with ${withName} on ${when(first)} ${clock}.\n` +
          'The update attached takes it out of your calendar.',
      };
  }
}
