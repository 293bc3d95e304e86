import 'server-only';
/**
 * The protégé takes back an invitation no one has answered. Its link may still sign an
 * existing account in, but lands on an invitation that says it was withdrawn; an address with
 * no account gets none from it, because a guest account is made only while an invitation to
 * the address is open (guests.ts).
 */
import type { Actor } from '../auth/session';
import { db } from '../db';
import { notFound } from '../errors';

export async function withdrawOutsideInvitation({
  actor,
  input,
  now = new Date(),
}: {
  actor: Actor;
  input: { invitationId: string };
  now?: Date;
}): Promise<{ id: string }> {
  const { count } = await db.outsideInvitation.updateMany({
    where: { id: input.invitationId, protegeId: actor.id, status: 'OPEN' },
    data: { status: 'WITHDRAWN', answeredAt: now },
  });
  if (count === 0) throw notFound('invitation');
  return { id: input.invitationId };
}
