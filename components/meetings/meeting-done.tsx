/** The confirmation above a relationship's meetings after a change, named in its address. */
import { Notice } from '@/components/layout/notice';

const DONE_WORDS = {
  offered: 'Times sent. You will both get a calendar invitation once one is picked.',
  picked: 'Picked. You both get a calendar invitation by e-mail.',
  moved: 'Moved. The invitation in both your calendars is updated.',
  cancelled: 'Called off. The other person is told, and the invitation is withdrawn.',
  noted: 'Note saved.',
} as const;

export type MeetingDone = keyof typeof DONE_WORDS;

export const isMeetingDone = (value: string | undefined): value is MeetingDone =>
  value !== undefined && value in DONE_WORDS;

export function MeetingDoneNotice({ done }: { done: MeetingDone }) {
  return <Notice>{DONE_WORDS[done]}</Notice>;
}
