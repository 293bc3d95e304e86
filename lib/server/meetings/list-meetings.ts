import 'server-only';
/**
 * A relationship's meetings with their notes, for its two people only (anyone else: none),
 * newest first; still readable after the relationship ended.
 */
import type { Actor } from '../auth/session';
import { db } from '../db';

export async function listMeetings({
  actor,
  relationshipId,
}: {
  actor: Actor;
  relationshipId: string;
}) {
  return db.meeting.findMany({
    where: {
      relationshipId,
      relationship: { OR: [{ protegeId: actor.id }, { supporterId: actor.id }] },
    },
    orderBy: { createdAt: 'desc' },
    take: 50,
    select: {
      id: true,
      proposedById: true,
      options: true,
      durationMinutes: true,
      videoLink: true,
      status: true,
      startsAt: true,
      notes: { select: { authorId: true, text: true }, orderBy: { authorId: 'asc' } },
    },
  });
}

export type ListedMeeting = Awaited<ReturnType<typeof listMeetings>>[number];
