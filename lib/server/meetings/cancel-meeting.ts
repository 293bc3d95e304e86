import 'server-only';
/**
 * Either person calls a meeting off. Times still waiting for a pick are withdrawn (by the one
 * who offered them) or declined (by the other); a meeting still to come is cancelled, and both
 * receive the cancellation of its invitation (same UID, next SEQUENCE, METHOD:CANCEL), which
 * takes it out of their calendars. A meeting that has happened stays: it may get a note.
 */
import type { Actor } from '../auth/session';
import { inTransaction } from '../connections/transaction';
import { deliverSoon } from '../email/deliver-soon';
import { AppError } from '../errors';
import { lockMeeting } from './meeting-access';
import { tellAboutMeeting } from './tell-about-meeting';

export async function cancelMeeting(
  { actor, input }: { actor: Actor; input: { meetingId: string } },
  now = new Date(),
) {
  const meeting = await inTransaction(async (tx) => {
    const { meeting, relationship } = await lockMeeting(tx, actor, input.meetingId);
    const upcoming =
      meeting.status === 'SCHEDULED' && meeting.startsAt !== null && meeting.startsAt > now;
    if (meeting.status !== 'PROPOSED' && !upcoming)
      throw new AppError('CONFLICT', 'This meeting has been cancelled already, or has happened.');
    const cancelled = await tx.meeting.update({
      where: { id: meeting.id },
      data: { status: 'CANCELLED', ...(upcoming ? { sequence: { increment: 1 } } : {}) },
    });
    const change = upcoming
      ? 'cancelled'
      : meeting.proposedById === actor.id
        ? 'withdrawn'
        : 'declined';
    await tellAboutMeeting(tx, { actor, relationship, meeting: cancelled, change });
    return cancelled;
  });
  await deliverSoon();
  return meeting;
}
