import 'server-only';
/**
 * A meeting as one of its relationship's two people may change it: found through a live
 * relationship the caller is part of (anyone else: "not found"), with the relationship row
 * locked, so that two changes of one meeting (a pick and a cancel at once) happen one after
 * the other and the second sees what the first did.
 */
import type { Actor } from '../auth/session';
import { ongoing } from '../connections/relationships';
import type { Tx } from '../connections/transaction';
import { notFound } from '../errors';

export async function lockMeeting(tx: Tx, actor: Actor, meetingId: string) {
  const visible = await tx.meeting.findFirst({
    where: {
      id: meetingId,
      relationship: { OR: [{ protegeId: actor.id }, { supporterId: actor.id }] },
    },
    select: { relationshipId: true },
  });
  if (!visible) throw notFound('meeting');
  const relationship = await ongoing(tx, actor, visible.relationshipId);
  const meeting = await tx.meeting.findUniqueOrThrow({ where: { id: meetingId } });
  return { meeting, relationship };
}

export type LockedRelationship = Awaited<ReturnType<typeof ongoing>>;
