import 'server-only';
/**
 * Reading invitations from outside: the protégé's list for one goal (the goal page), the one
 * an invitee opens from their e-mail, and a guest's own answered ones. Each query names the
 * caller's side: the protégé's id, or the invited address together with the secret token.
 * Someone else holding the token learns only that it was meant for another address.
 */
import type { Actor } from '../auth/session';
import { db } from '../db';
import { statusOf } from './status-of';
import { hashInvitationToken } from './token';

export async function listOutsideInvitations({
  actor,
  goalId,
  now = new Date(),
}: {
  actor: Actor;
  goalId: string;
  now?: Date;
}) {
  const rows = await db.outsideInvitation.findMany({
    where: { goalId, protegeId: actor.id },
    orderBy: { createdAt: 'desc' },
    select: {
      id: true,
      inviteeEmail: true,
      kind: true,
      status: true,
      createdAt: true,
      expiresAt: true,
      request: { select: { relationship: { select: { id: true } } } },
    },
  });
  return rows.map(({ request, ...row }) => ({
    ...row,
    status: statusOf(row, now),
    relationshipId: request?.relationship?.id ?? null,
  }));
}

/** The invitation behind a link, for the signed-in owner of the invited address only. */
export async function findInvitationByToken({
  actor,
  token,
  now = new Date(),
}: {
  actor: Actor;
  token: string;
  now?: Date;
}) {
  if (token.length > 100) return null;
  const row = await db.outsideInvitation.findFirst({
    where: { tokenHash: hashInvitationToken(token), inviteeEmail: actor.email.toLowerCase() },
    select: {
      id: true,
      kind: true,
      note: true,
      status: true,
      expiresAt: true,
      protegeId: true,
      protege: { select: { name: true } },
      goal: { select: { statement: true } },
      request: { select: { relationship: { select: { id: true } } } },
    },
  });
  if (!row || row.protegeId === actor.id) return null;
  return {
    id: row.id,
    kind: row.kind,
    note: row.note,
    expiresAt: row.expiresAt,
    protege: row.protege,
    goal: row.goal,
    status: statusOf(row, now),
    relationshipId: row.request?.relationship?.id ?? null,
  };
}

/**
 * Whether a link's token is a real invitation sent to an address other than the caller's,
 * so the page can say so and offer to sign in again rather than say "not found". It reads
 * nothing of the invitation: whoever holds the token was given it, and only the invited
 * address may see whom it is from, the goal or the note.
 */
export async function isInvitationForAnotherAddress({
  actor,
  token,
}: {
  actor: Actor;
  token: string;
}): Promise<boolean> {
  if (token.length > 100) return false;
  const others = await db.outsideInvitation.count({
    where: {
      tokenHash: hashInvitationToken(token),
      NOT: { inviteeEmail: actor.email.toLowerCase() },
    },
  });
  return others > 0;
}
