import 'server-only';
/**
 * A relationship's messages, oldest first, for its two people only (anyone else reads an
 * empty thread). Still readable once the relationship has ended; only sending stops.
 */
import type { Actor } from '../auth/session';
import { db } from '../db';

/** Enough for months of talk; older messages stay stored. */
const SHOWN = 200;

export async function listMessages({
  actor,
  relationshipId,
}: {
  actor: Actor;
  relationshipId: string;
}) {
  const newest = await db.message.findMany({
    where: {
      relationshipId,
      relationship: { OR: [{ protegeId: actor.id }, { supporterId: actor.id }] },
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: SHOWN,
    select: { id: true, authorId: true, text: true, createdAt: true },
  });
  return newest.reverse();
}
