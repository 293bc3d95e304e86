import 'server-only';
/**
 * A short note on a meeting that has happened, one per person (writing again replaces it);
 * both of the two read both notes.
 */
import type { Actor } from '../auth/session';
import { inTransaction } from '../connections/transaction';
import { AppError } from '../errors';
import { lockMeeting } from './meeting-access';

export async function noteMeeting(
  { actor, input }: { actor: Actor; input: { meetingId: string; text: string } },
  now = new Date(),
) {
  return inTransaction(async (tx) => {
    const { meeting } = await lockMeeting(tx, actor, input.meetingId);
    if (meeting.status !== 'SCHEDULED' || !meeting.startsAt || meeting.startsAt > now)
      throw new AppError('CONFLICT', 'Notes are for meetings that have happened.');
    const note = await tx.meetingNote.upsert({
      where: { meetingId_authorId: { meetingId: meeting.id, authorId: actor.id } },
      create: { meetingId: meeting.id, authorId: actor.id, text: input.text },
      update: { text: input.text },
    });
    return { ...note, relationshipId: meeting.relationshipId };
  });
}
