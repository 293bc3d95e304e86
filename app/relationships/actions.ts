'use server';
/**
 * Server actions of a relationship's page beyond its state: messages, meetings and the guide. Each parses
 * with its schema, then calls lib/server, which finds the relationship with the caller as one
 * of its two people (anyone else: "not found").
 */
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { MeetingDone } from '@/components/meetings/meeting-done';
import { userAction } from '@/lib/server/actions/form-action';
import { cancelMeeting } from '@/lib/server/meetings/cancel-meeting';
import { moveMeeting } from '@/lib/server/meetings/move-meeting';
import { noteMeeting } from '@/lib/server/meetings/note-meeting';
import { pickMeetingTime } from '@/lib/server/meetings/pick-meeting-time';
import { proposeMeeting } from '@/lib/server/meetings/propose-meeting';
import { sendMessage } from '@/lib/server/messages/send-message';
import {
  meetingIdSchema,
  meetingNoteSchema,
  moveMeetingSchema,
  pickMeetingTimeSchema,
  proposeMeetingSchema,
} from '@/lib/validation/meetings';
import { sendMessageSchema } from '@/lib/validation/messages';
import { pickGuideQuestions, setGuidesOn } from '@/lib/server/guides/relationship-guide';
import { pickGuideQuestionsSchema, setGuidesOnSchema } from '@/lib/validation/guides';

export const sendMessageAction = userAction(sendMessageSchema, async (args) => {
  await sendMessage(args);
  revalidatePath(`/relationships/${args.input.relationshipId}`);
  // Empties the form for the next message; the thread above now shows this one.
  return { status: 'success', initialValue: null };
});

/** Back to the meetings on the relationship's page, saying what just happened. */
const meetingsOf = (relationshipId: string, done: MeetingDone) =>
  redirect(`/relationships/${relationshipId}?meeting=${done}#meetings`);

export const proposeMeetingAction = userAction(proposeMeetingSchema, async (args) => {
  await proposeMeeting(args);
  meetingsOf(args.input.relationshipId, 'offered');
});

export const pickMeetingTimeAction = userAction(pickMeetingTimeSchema, async (args) => {
  const meeting = await pickMeetingTime(args);
  meetingsOf(meeting.relationshipId, 'picked');
});

export const moveMeetingAction = userAction(moveMeetingSchema, async (args) => {
  const meeting = await moveMeeting(args);
  meetingsOf(meeting.relationshipId, 'moved');
});

export const cancelMeetingAction = userAction(meetingIdSchema, async (args) => {
  const meeting = await cancelMeeting(args);
  meetingsOf(meeting.relationshipId, 'cancelled');
});

export const noteMeetingAction = userAction(meetingNoteSchema, async (args) => {
  const note = await noteMeeting(args);
  meetingsOf(note.relationshipId, 'noted');
});

/** Back to the guide on the relationship's page, saying what just happened. */
const guideOf = (relationshipId: string, done: 'on' | 'off' | 'picked') =>
  redirect(`/relationships/${relationshipId}?guide=${done}#guide`);

export const setGuidesOnAction = userAction(setGuidesOnSchema, async (args) => {
  const { guidesOn } = await setGuidesOn(args);
  guideOf(args.input.relationshipId, guidesOn ? 'on' : 'off');
});

export const pickGuideQuestionsAction = userAction(pickGuideQuestionsSchema, async (args) => {
  await pickGuideQuestions(args);
  guideOf(args.input.relationshipId, 'picked');
});
