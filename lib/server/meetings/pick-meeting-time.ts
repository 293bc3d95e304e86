import 'server-only';
/**
 * The other person picks one of the times offered: the meeting is set, and both receive the
 * calendar invitation (its first version, SEQUENCE 0).
 */
import type { Actor } from '../auth/session';
import { inTransaction } from '../connections/transaction';
import { deliverSoon } from '../email/deliver-soon';
import { AppError } from '../errors';
import { consume } from '../rate-limit';
import { MEETING_CHANGES_PER_USER } from './limits';
import { lockMeeting } from './meeting-access';
import { tellAboutMeeting } from './tell-about-meeting';

export async function pickMeetingTime(
  { actor, input }: { actor: Actor; input: { meetingId: string; choice: number } },
  now = new Date(),
) {
  const meeting = await inTransaction(async (tx) => {
    const { meeting, relationship } = await lockMeeting(tx, actor, input.meetingId);
    if (meeting.status !== 'PROPOSED')
      throw new AppError('CONFLICT', 'A time has already been picked, or the offer was withdrawn.');
    if (meeting.proposedById === actor.id)
      throw new AppError('CONFLICT', 'You offered these times: the other person picks one.');
    const startsAt = meeting.options[input.choice];
    if (!startsAt) throw new AppError('INVALID', 'Choose one of the times.', 'choice');
    if (startsAt.getTime() <= now.getTime())
      throw new AppError('INVALID', 'That time has passed: choose another.', 'choice');
    await consume(MEETING_CHANGES_PER_USER, [actor.id], 'meeting changes');
    const scheduled = await tx.meeting.update({
      where: { id: meeting.id },
      data: { status: 'SCHEDULED', startsAt, sequence: 0 },
    });
    await tellAboutMeeting(tx, { actor, relationship, meeting: scheduled, change: 'scheduled' });
    return scheduled;
  });
  await deliverSoon();
  return meeting;
}
