import 'server-only';
/**
 * Accepting a request: the only way a relationship starts, and the place where a supporter's
 * capacity is enforced. Every accept of a request to the same supporter locks that supporter's
 * profile row first, so when many accepts race for one free place, exactly one starts a
 * relationship and the others read the count it wrote and are refused.
 *
 * A program's invitation needs both people's yes: the first yes is recorded and the other
 * person told; the second starts the relationship. An admin can suggest, never pair.
 */
import type { Actor } from '../auth/session';
import { AppError, notFound } from '../errors';
import { notify } from './notify';
import { openRequest } from './open-request';
import { kindWord, otherOf, receivedBy, receiversOf, senderOf } from './sides';
import { inTransaction, lockProfile, lockUser, type Tx } from './transaction';

export async function acceptRequest({
  actor,
  input,
}: {
  actor: Actor;
  input: { requestId: string };
}): Promise<{ relationshipId: string | null }> {
  return inTransaction(async (tx) => {
    const target = await tx.connectionRequest.findFirst({
      where: { id: input.requestId, ...receivedBy(actor) },
      select: { protegeId: true, supporterId: true },
    });
    if (!target) throw notFound('request');
    // Lock order everywhere (transaction.ts): the protégé, the supporter's profile, the request.
    // The protégé's row makes accepts for one goal's mentors wait for each other, so the
    // second reads the request the first withdrew instead of both withdrawing each other's.
    await lockUser(tx, target.protegeId);
    await lockProfile(tx, target.supporterId);
    const request = await openRequest(tx, input.requestId, receivedBy(actor));
    const profile = await tx.profile.findUnique({
      where: { userId: request.supporterId },
      select: { capacity: true },
    });
    const taken = await tx.relationship.count({
      where: { supporterId: request.supporterId, state: { in: ['INTRO', 'ACTIVE'] } },
    });
    const capacity = profile?.capacity ?? 0;
    if (taken >= capacity)
      throw new AppError(
        'CONFLICT',
        request.supporterId === actor.id
          ? `You have no free place left: you offered ${capacity} and have ${taken} under way. Raise your capacity on your profile or finish one first.`
          : `${request.supporter.name} has no free place left right now, so this can't start.`,
      );

    const now = new Date();
    const yes = request.protegeId === actor.id ? 'protegeAcceptedAt' : 'supporterAcceptedAt';
    const otherSaidYes =
      request.origin !== 'PROGRAM' ||
      (yes === 'protegeAcceptedAt' ? request.supporterAcceptedAt : request.protegeAcceptedAt);
    if (!otherSaidYes) {
      await tx.connectionRequest.update({ where: { id: request.id }, data: { [yes]: now } });
      await notify(
        tx,
        otherOf(request, actor.id),
        'invitation-half-accepted',
        `${actor.name} said yes to the program's suggestion that you work together. It starts when you say yes too.`,
        `/requests/${request.id}`,
      );
      return { relationshipId: null };
    }
    await tx.connectionRequest.update({
      where: { id: request.id },
      data: { status: 'ACCEPTED', respondedAt: now, [yes]: now },
    });
    const relationship = await tx.relationship.create({
      data: {
        requestId: request.id,
        goalId: request.goalId,
        kind: request.kind,
        protegeId: request.protegeId,
        supporterId: request.supporterId,
        startedAt: now,
        events: { create: { state: 'INTRO', actorId: actor.id, at: now } },
      },
      select: { id: true },
    });
    await notify(
      tx,
      senderOf(request) ?? otherOf(request, actor.id),
      'request-accepted',
      `${actor.name} said yes. Your ${kindWord(request.kind)} relationship has started with an introduction.`,
      `/relationships/${relationship.id}`,
    );
    await withdrawOthers(tx, request, actor);
    return { relationshipId: relationship.id };
  });
}

/** The goal now has the help it asked for: its other open requests of that kind are withdrawn. */
export async function withdrawOthers(
  tx: Tx,
  request: { id: string; goalId: string; kind: 'MENTOR' | 'COACH' | 'BOTH'; protegeId: string },
  actor: Actor,
) {
  const others = await tx.connectionRequest.findMany({
    where: {
      goalId: request.goalId,
      kind: request.kind,
      status: 'OPEN',
      id: { not: request.id },
    },
    select: {
      id: true,
      origin: true,
      protegeId: true,
      supporterId: true,
      protege: { select: { name: true } },
    },
  });
  if (others.length === 0) return;
  await tx.connectionRequest.updateMany({
    where: { id: { in: others.map((other) => other.id) }, status: 'OPEN' },
    data: { status: 'WITHDRAWN', respondedAt: new Date() },
  });
  for (const other of others) {
    for (const receiver of receiversOf(other)) {
      if (receiver === actor.id) continue;
      await notify(
        tx,
        receiver,
        'request-withdrawn',
        `${other.protege.name} found a ${kindWord(request.kind)} for this goal, so the request to you is withdrawn. Thank you for considering it.`,
        `/requests/${other.id}`,
      );
    }
  }
}
