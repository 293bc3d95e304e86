import 'server-only';
/**
 * Either person moves a meeting still to come to a new time, typed on their own clock. Both
 * receive the invitation again with the same UID and the next SEQUENCE, so their calendars
 * move the event they have rather than adding one.
 */
import type { Actor } from '../auth/session';
import { inTransaction } from '../connections/transaction';
import { deliverSoon } from '../email/deliver-soon';
import { AppError } from '../errors';
import { consume } from '../rate-limit';
import { futureInstant } from './future-instant';
import { MEETING_CHANGES_PER_USER } from './limits';
import { lockMeeting } from './meeting-access';
import { tellAboutMeeting } from './tell-about-meeting';
import { timeZonesOf } from './time-zones';

export async function moveMeeting(
  { actor, input }: { actor: Actor; input: { meetingId: string; time: string } },
  now = new Date(),
) {
  const meeting = await inTransaction(async (tx) => {
    const { meeting, relationship } = await lockMeeting(tx, actor, input.meetingId);
    if (meeting.status !== 'SCHEDULED' || !meeting.startsAt || meeting.startsAt <= now)
      throw new AppError('CONFLICT', 'Only a meeting still to come can be moved.');
    const zone = (await timeZonesOf([actor.id], tx)).get(actor.id)!;
    const startsAt = futureInstant(input.time, zone, now, 'time');
    if (startsAt.getTime() === meeting.startsAt.getTime())
      throw new AppError('INVALID', 'That is the time it already has.', 'time');
    await consume(MEETING_CHANGES_PER_USER, [actor.id], 'meeting changes');
    const moved = await tx.meeting.update({
      where: { id: meeting.id },
      data: { startsAt, sequence: { increment: 1 } },
    });
    await tellAboutMeeting(tx, { actor, relationship, meeting: moved, change: 'moved' });
    return moved;
  });
  await deliverSoon();
  return meeting;
}
