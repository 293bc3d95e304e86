import 'server-only';
/**
 * The invited person answers, signed in with the invited address (a guest account made when
 * they followed the link, or the account the address already had): every query names that
 * address, so anyone else is told "not found". Accepting is the invitee's yes; the protégé's
 * was sending the invitation. It writes an OUTSIDE request, already accepted, and its
 * relationship, as accepting any request does, so the relationship page, messages, meetings
 * and guides work the same for both. A member's capacity is their offer to people they do not
 * know yet; a personal invitation they accept is not held to it (it still counts in their pool).
 */
import type { Actor } from '../auth/session';
import { withdrawOthers } from '../connections/accept';
import { assertGoalStillNeeds } from '../connections/eligibility';
import { notify } from '../connections/notify';
import { kindWord } from '../connections/sides';
import { inTransaction, lockUser, type Tx } from '../connections/transaction';
import { AppError, notFound } from '../errors';
import { isGuest } from './guests';
import { assertOutsideAllowed } from './policy';

const NO_LONGER = 'This invitation can no longer be accepted.';

async function openInvitation(tx: Tx, actor: Actor, invitationId: string, now: Date) {
  const invitation = await tx.outsideInvitation.findFirst({
    where: { id: invitationId, inviteeEmail: actor.email.toLowerCase() },
    select: {
      id: true,
      status: true,
      expiresAt: true,
      goalId: true,
      kind: true,
      note: true,
      protegeId: true,
      programId: true,
      createdAt: true,
    },
  });
  if (!invitation || invitation.protegeId === actor.id) throw notFound('invitation');
  // Past its date it is expired, whether or not the sweep has written that down yet.
  if (invitation.status === 'OPEN' && invitation.expiresAt <= now)
    throw new AppError('CONFLICT', 'This invitation has expired. Ask them to send a new one.');
  if (invitation.status !== 'OPEN')
    throw new AppError('CONFLICT', 'This invitation has been answered or withdrawn already.');
  const kind: 'MENTOR' | 'COACH' = invitation.kind === 'COACH' ? 'COACH' : 'MENTOR';
  return { ...invitation, kind };
}

export async function acceptOutsideInvitation({
  actor,
  input,
  now = new Date(),
}: {
  actor: Actor;
  input: { invitationId: string; name: string };
  now?: Date;
}): Promise<{ relationshipId: string }> {
  return inTransaction(async (tx) => {
    const target = await tx.outsideInvitation.findFirst({
      where: { id: input.invitationId, inviteeEmail: actor.email.toLowerCase() },
      select: { protegeId: true },
    });
    if (!target) throw notFound('invitation');
    // The same lock order as every accept (connections/transaction.ts): the protégé first.
    await lockUser(tx, target.protegeId);
    const invitation = await openInvitation(tx, actor, input.invitationId, now);
    await assertOutsideAllowed(tx, invitation.protegeId, 'invitee');
    const blocked = await tx.block.count({
      where: {
        OR: [
          { blockerId: invitation.protegeId, blockedId: actor.id },
          { blockerId: actor.id, blockedId: invitation.protegeId },
        ],
      },
    });
    if (blocked > 0) throw new AppError('CONFLICT', NO_LONGER);
    await assertGoalStillNeeds(tx, { goalId: invitation.goalId, kind: invitation.kind });
    // A guest says their name here: it is all the profile they need.
    if (await isGuest(actor, tx))
      await tx.user.update({ where: { id: actor.id }, data: { name: input.name } });
    const request = await tx.connectionRequest.create({
      data: {
        goalId: invitation.goalId,
        kind: invitation.kind,
        protegeId: invitation.protegeId,
        supporterId: actor.id,
        origin: 'OUTSIDE',
        note: invitation.note,
        status: 'ACCEPTED',
        createdAt: invitation.createdAt,
        respondedAt: now,
        expiresAt: invitation.expiresAt,
        programId: invitation.programId,
        protegeAcceptedAt: invitation.createdAt,
        supporterAcceptedAt: now,
      },
      select: { id: true, goalId: true, kind: true, protegeId: true },
    });
    const relationship = await tx.relationship.create({
      data: {
        requestId: request.id,
        goalId: invitation.goalId,
        kind: invitation.kind,
        protegeId: invitation.protegeId,
        supporterId: actor.id,
        startedAt: now,
        events: { create: { state: 'INTRO', actorId: actor.id, at: now } },
      },
      select: { id: true },
    });
    await tx.outsideInvitation.update({
      where: { id: invitation.id },
      data: { status: 'ACCEPTED', answeredAt: now, inviteeId: actor.id, requestId: request.id },
    });
    // The goal has the help it asked for: other asks of this kind for it end, as on any accept.
    await tx.outsideInvitation.updateMany({
      where: { goalId: invitation.goalId, kind: invitation.kind, status: 'OPEN' },
      data: { status: 'WITHDRAWN', answeredAt: now },
    });
    await withdrawOthers(tx, request, actor);
    const name = (await tx.user.findUniqueOrThrow({ where: { id: actor.id } })).name;
    await notify(
      tx,
      invitation.protegeId,
      'request-accepted',
      `${name} said yes to your invitation. Your ${kindWord(invitation.kind)} relationship has started with an introduction.`,
      `/relationships/${relationship.id}`,
    );
    return { relationshipId: relationship.id };
  });
}

/** No, thanks: the protégé is told in the same words as any declined request. */
export async function declineOutsideInvitation({
  actor,
  input,
  now = new Date(),
}: {
  actor: Actor;
  input: { invitationId: string };
  now?: Date;
}): Promise<{ id: string }> {
  return inTransaction(async (tx) => {
    const invitation = await openInvitation(tx, actor, input.invitationId, now);
    await tx.outsideInvitation.update({
      where: { id: invitation.id },
      data: { status: 'DECLINED', answeredAt: now, inviteeId: actor.id },
    });
    await notify(
      tx,
      invitation.protegeId,
      'request-declined',
      `The person you invited from outside can't take this on right now. You can invite someone else or ask someone from your suggestions.`,
      `/goals/${invitation.goalId}`,
    );
    return { id: invitation.id };
  });
}
