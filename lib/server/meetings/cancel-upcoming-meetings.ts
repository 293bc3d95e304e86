import 'server-only';
/**
 * When a relationship ends, its meetings still to come are called off with it: both people
 * receive the cancellation of each invitation, so nothing is left in their calendars for a
 * relationship that is over. Times still waiting for a pick are simply withdrawn.
 */
import type { Actor } from '../auth/session';
import type { Tx } from '../connections/transaction';
import type { LockedRelationship } from './meeting-access';
import { tellAboutMeeting } from './tell-about-meeting';

export async function cancelUpcomingMeetings(
  tx: Tx,
  actor: Actor,
  relationship: LockedRelationship,
  now: Date,
): Promise<void> {
  await tx.meeting.updateMany({
    where: { relationshipId: relationship.id, status: 'PROPOSED' },
    data: { status: 'CANCELLED' },
  });
  const upcoming = await tx.meeting.findMany({
    where: { relationshipId: relationship.id, status: 'SCHEDULED', startsAt: { gt: now } },
    select: { id: true },
  });
  for (const { id } of upcoming) {
    const meeting = await tx.meeting.update({
      where: { id },
      data: { status: 'CANCELLED', sequence: { increment: 1 } },
    });
    await tellAboutMeeting(tx, { actor, relationship, meeting, change: 'cancelled' });
  }
}
