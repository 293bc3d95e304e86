import 'server-only';
/**
 * One of the two offers up to three times for a meeting, typed on their own clock; the other
 * is told, with the times on theirs, and picks one (pick-meeting-time.ts).
 */
import type { ProposeMeetingInput } from '@/lib/validation/meetings';
import type { Actor } from '../auth/session';
import { ongoing } from '../connections/relationships';
import { inTransaction } from '../connections/transaction';
import { deliverSoon } from '../email/deliver-soon';
import { AppError } from '../errors';
import { consume } from '../rate-limit';
import { MEETING_CHANGES_PER_USER, OPEN_MEETINGS_PER_RELATIONSHIP } from './limits';
import { tellAboutMeeting } from './tell-about-meeting';
import { timeZonesOf } from './time-zones';
import { futureInstant } from './future-instant';

export async function proposeMeeting(
  { actor, input }: { actor: Actor; input: ProposeMeetingInput },
  now = new Date(),
) {
  const meeting = await inTransaction(async (tx) => {
    const relationship = await ongoing(tx, actor, input.relationshipId);
    const zone = (await timeZonesOf([actor.id], tx)).get(actor.id)!;
    const options = (['first', 'second', 'third'] as const).flatMap((field) => {
      const wall = input[field];
      return wall === undefined ? [] : [futureInstant(wall, zone, now, field)];
    });
    const open = await tx.meeting.count({
      where: {
        relationshipId: relationship.id,
        OR: [{ status: 'PROPOSED' }, { status: 'SCHEDULED', startsAt: { gt: now } }],
      },
    });
    if (open >= OPEN_MEETINGS_PER_RELATIONSHIP)
      throw new AppError(
        'CONFLICT',
        `You already have ${open} meetings planned or waiting for a time: hold those first.`,
      );
    // Spent only on an offer that goes out: a mistyped time costs nothing.
    await consume(MEETING_CHANGES_PER_USER, [actor.id], 'meeting changes');
    const meeting = await tx.meeting.create({
      data: {
        relationshipId: relationship.id,
        proposedById: actor.id,
        options: options.toSorted((a, b) => a.getTime() - b.getTime()),
        durationMinutes: input.minutes,
        videoLink: input.videoLink ?? null,
      },
    });
    await tellAboutMeeting(tx, { actor, relationship, meeting, change: 'proposed' });
    return meeting;
  });
  await deliverSoon();
  return meeting;
}
