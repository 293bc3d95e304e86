import 'server-only';
/**
 * Guest accounts: made for someone a protégé invited from outside, when they first follow the
 * invitation's link. A guest sees their relationships and invitations and nothing else (no
 * suggestions, no goals to help, no programs, no one else's profile) until they save a full
 * profile, which makes them a member. The data layer asks here, in its queries, so a guest is
 * refused as "not found" however they reach an operation.
 */
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Actor } from '../auth/session';
import { db } from '../db';
import { notFound } from '../errors';

type Client = Prisma.TransactionClient | typeof db;

/** The `where` of a user who is a full member: add it to a query to leave guests out. */
export const MEMBER = { kind: 'MEMBER' } as const;

export async function isGuest(actor: Pick<Actor, 'id'>, client: Client = db): Promise<boolean> {
  const found = await client.user.findFirst({
    where: { id: actor.id, kind: 'GUEST' },
    select: { id: true },
  });
  return found !== null;
}

/** Throws "not found" (about `what`) for a guest: what members do is not theirs to do yet. */
export async function refuseGuest(
  actor: Pick<Actor, 'id'>,
  what: string,
  client: Client = db,
): Promise<void> {
  if (await isGuest(actor, client)) throw notFound(what);
}

/**
 * The account for an address that has none, when its link is followed (adapter.ts): a guest,
 * only while an invitation to that address is open. Named by the address until they say their
 * name on accepting. Null when nothing invites the address, so no account comes of a typo.
 */
export async function claimGuestAccount(email: string, now = new Date()) {
  return db.$transaction(async (tx) => {
    const invited = await tx.outsideInvitation.findFirst({
      where: { inviteeEmail: email, status: 'OPEN', expiresAt: { gt: now } },
      select: { id: true },
    });
    if (!invited) return null;
    return tx.user.create({
      data: { name: email.split('@')[0] || email, email, kind: 'GUEST', emailVerified: now },
      select: { id: true, name: true, email: true, emailVerified: true },
    });
  });
}
