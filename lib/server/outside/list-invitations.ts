import 'server-only';
/**
 * Reading invitations from outside: the protégé's list for one goal (the goal page), the one
 * an invitee opens from their e-mail, and a guest's own answered ones. Each query names the
 * caller's side: the protégé's id, or the invited address together with the secret token.
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
