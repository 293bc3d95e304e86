/**
 * The guide as it travels with a meeting invitation: for mentoring, the first-meeting guide
 * before the two have met and the later prompts after; for coaching, the questions the coach
 * picked. Nothing when guides are off for the relationship, or when a coach picked nothing.
 */
import { pickedQuestions } from './choose-guide';
import { MENTORING_GUIDE } from './mentoring';
import type { GuideQuestion } from './types';

export interface MeetingGuideInput {
  kind: 'MENTOR' | 'COACH' | 'BOTH';
  guidesOn: boolean;
  /** True when the two have not yet had a meeting whose time has passed. */
  beforeFirstMeeting: boolean;
  pickedQuestionIds: readonly string[];
}

export interface MeetingGuide {
  heading: string;
  questions: GuideQuestion[];
}

export function meetingGuide(input: MeetingGuideInput): MeetingGuide | null {
  if (!input.guidesOn) return null;
  if (input.kind === 'MENTOR')
    return input.beforeFirstMeeting
      ? { heading: 'For your first meeting', questions: MENTORING_GUIDE.firstMeeting }
      : { heading: 'To talk about', questions: MENTORING_GUIDE.later };
  const questions = pickedQuestions(input.pickedQuestionIds);
  return questions.length ? { heading: 'Questions for this meeting', questions } : null;
}

/** The guide as plain text lines for an e-mail or a calendar description. */
export function meetingGuideText(guide: MeetingGuide | null): string {
  if (!guide) return '';
  return `\n\n${guide.heading}:\n${guide.questions.map((q) => `- ${q.text}`).join('\n')}`;
}
