import 'server-only';
/**
 * Requests: a protégé asks someone for help on one goal, with a note. Only the receiver can
 * accept (accept.ts), decline or ask for more detail (request-detail.ts); only the sender can
 * withdraw or answer the question. Every query names the caller's side of the request in its
 * `where`, so anyone else gets "not found", by URL or by a forged call.
 */
import { supporterReadsGoal } from '@/lib/core/connections/goal-words';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { SendRequestInput } from '@/lib/validation/connection';
import type { Actor } from '../auth/session';
import { REQUESTS_PER_USER } from '../auth/limits';
import { db } from '../db';
import { AppError, notFound } from '../errors';
import { consume } from '../rate-limit';
import { findGoalToHelp } from '../suggestions/goals-to-help';
import { createConnectionRequest } from './create-request';
import { assertGoalStillNeeds, assertMayConnect } from './eligibility';
import { notify } from './notify';
import { rulesFor } from './rules';
import { declinedWords, withdrawnWords } from './ending-words';
import { openRequest, type OpenRequest } from './open-request';
import {
  kindWord,
  otherOf,
  protegeUnnamed,
  receivedBy,
  receiversOf,
  senderOf,
  sentBy,
  UNNAMED_PROTEGE,
} from './sides';
import { inTransaction, lockUser } from './transaction';

export async function sendRequest({
  actor,
  input,
  now = new Date(),
}: {
  actor: Actor;
  input: SendRequestInput;
  now?: Date;
}) {
  await consume(REQUESTS_PER_USER, [actor.id], 'requests sent');
  return inTransaction(async (tx) => {
    // Serialises this protégé's sends, so the cap and the duplicate rule hold under races.
    await lockUser(tx, actor.id);
    const goal = await tx.goal.findFirst({
      where: { id: input.goalId, userId: actor.id },
      select: { id: true },
    });
    if (!goal) throw notFound('goal');
    await assertMayConnect(tx, {
      protegeId: actor.id,
      supporterId: input.personId,
      kind: input.kind,
      askedBy: 'protege',
    });
    await assertGoalStillNeeds(tx, { goalId: input.goalId, kind: input.kind });
    const open = await tx.connectionRequest.findMany({
      where: { protegeId: actor.id, status: 'OPEN' },
      select: { goalId: true, kind: true, supporterId: true },
    });
    if (
      open.some(
        (r) =>
          r.goalId === input.goalId && r.kind === input.kind && r.supporterId === input.personId,
      )
    )
      throw new AppError('CONFLICT', 'You have already asked this person about this goal.');
    const rules = await rulesFor(tx, actor.id);
    const cap = rules.openRequestCap;
    if (open.length >= cap)
      throw new AppError(
        'CONFLICT',
        `You already have ${cap} open request${cap === 1 ? '' : 's'}. Wait for an answer or withdraw one first.`,
      );
    return createConnectionRequest(tx, {
      goalId: input.goalId,
      kind: input.kind,
      protegeId: actor.id,
      supporterId: input.personId,
      origin: 'PROTEGE',
      note: input.note,
      programId: rules.programId,
      expireAfterDays: rules.expireAfterDays,
      now,
      tell: [
        {
          userId: input.personId,
          text: `${actor.name} asks whether you would be their ${kindWord(input.kind)}.`,
        },
      ],
    });
  });
}

/**
 * A mentor or coach offers help on a goal /help lists to them: a request the goal's owner must
 * accept.
 * The owner's open-request cap is theirs to spend, so offers do not count against it; the
 * same-pair rule does, under the owner's lock.
 */
export async function sendOffer({
  actor,
  input,
  now = new Date(),
}: {
  actor: Actor;
  input: Omit<SendRequestInput, 'personId'>;
  now?: Date;
}) {
  await consume(REQUESTS_PER_USER, [actor.id], 'requests sent');
  // Only a goal /help lists to this supporter: any other id, guessed or old, is "not found",
  // and the offer's page never shows the words of a goal its sender was not shown.
  const listed = await findGoalToHelp({ actor, goalId: input.goalId, kind: input.kind });
  if (!listed) throw notFound('goal');
  const goal = { id: listed.goalId, userId: listed.userId };
  return inTransaction(async (tx) => {
    await lockUser(tx, goal.userId);
    await assertMayConnect(tx, {
      protegeId: goal.userId,
      supporterId: actor.id,
      kind: input.kind,
      askedBy: 'supporter',
    });
    await assertGoalStillNeeds(tx, { goalId: goal.id, kind: input.kind });
    const duplicate = await tx.connectionRequest.findFirst({
      where: {
        goalId: goal.id,
        kind: input.kind,
        supporterId: actor.id,
        status: 'OPEN',
      },
      select: { id: true },
    });
    if (duplicate)
      throw new AppError(
        'CONFLICT',
        'There is already an open request between you about this goal.',
      );
    const rules = await rulesFor(tx, goal.userId);
    return createConnectionRequest(tx, {
      goalId: goal.id,
      kind: input.kind,
      protegeId: goal.userId,
      supporterId: actor.id,
      origin: 'SUPPORTER',
      note: input.note,
      programId: rules.programId,
      expireAfterDays: rules.expireAfterDays,
      now,
      tell: [
        {
          userId: goal.userId,
          text: `${actor.name} offers to be your ${kindWord(input.kind)} for one of your goals.`,
        },
      ],
    });
  });
}

const REQUEST_FIELDS = {
  id: true,
  kind: true,
  origin: true,
  status: true,
  note: true,
  createdAt: true,
  expiresAt: true,
  detailQuestion: true,
  detailAnswer: true,
  protegeAcceptedAt: true,
  supporterAcceptedAt: true,
  program: { select: { name: true } },
  protegeId: true,
  supporterId: true,
  protege: { select: { id: true, name: true } },
  supporter: { select: { id: true, name: true } },
  goal: { select: { id: true, statement: true, visibility: true } },
  relationship: { select: { id: true, state: true } },
} as const;

type RequestRow = Prisma.ConnectionRequestGetPayload<{ select: typeof REQUEST_FIELDS }>;

/**
 * A request as its caller sees it: whether they are one to answer, whether they said yes
 * already (a program's invitation waits for both), and who the other is. The protégé of an
 * offer stays unnamed to the mentor or coach who made it until they accept; the goal's words
 * reach the supporter only while the request or its relationship is live
 * (lib/core/connections/goal-words.ts). What is not theirs to see never leaves this function.
 */
function asSeenBy(actor: Actor, request: RequestRow) {
  const isProtege = request.protegeId === actor.id;
  const youReceived = receiversOf(request).includes(actor.id);
  const youAccepted =
    (isProtege ? request.protegeAcceptedAt : request.supporterAcceptedAt) !== null;
  const protege =
    !isProtege && protegeUnnamed(request) ? { id: null, name: UNNAMED_PROTEGE } : request.protege;
  const readsGoal =
    isProtege ||
    supporterReadsGoal({
      status: request.status,
      origin: request.origin,
      visibility: request.goal.visibility,
      ownerSaidYes: request.protegeAcceptedAt !== null,
      relationshipState: request.relationship?.state ?? null,
    });
  return {
    ...request,
    protege,
    goal: { id: request.goal.id, statement: readsGoal ? request.goal.statement : null },
    youReceived,
    youAccepted,
    other: isProtege ? request.supporter : protege,
  };
}

/** The caller's requests, both ways, newest first; never anyone else's. */
export async function listOwnRequests({ actor }: { actor: Actor }) {
  const requests = await db.connectionRequest.findMany({
    where: { OR: [receivedBy(actor), sentBy(actor)] },
    orderBy: { createdAt: 'desc' },
    select: REQUEST_FIELDS,
  });
  return requests.map((request) => asSeenBy(actor, request));
}

export async function findOwnRequest({ actor, requestId }: { actor: Actor; requestId: string }) {
  const request = await db.connectionRequest.findFirst({
    where: { id: requestId, OR: [receivedBy(actor), sentBy(actor)] },
    select: REQUEST_FIELDS,
  });
  return request && asSeenBy(actor, request);
}

/**
 * Ends an open request from the caller's side: the receiver declines, the sender withdraws.
 * The other person is told in the words given.
 */
async function endOpenRequest(
  actor: Actor,
  requestId: string,
  end: {
    side: (actor: Actor) => Prisma.ConnectionRequestWhereInput;
    status: 'DECLINED' | 'WITHDRAWN';
    kind: 'request-declined' | 'request-withdrawn';
    text: (request: OpenRequest) => string;
  },
) {
  await inTransaction(async (tx) => {
    const request = await openRequest(tx, requestId, end.side(actor));
    await tx.connectionRequest.update({
      where: { id: request.id },
      data: { status: end.status, respondedAt: new Date() },
    });
    const other = end.status === 'DECLINED' ? senderOf(request) : receiversOf(request)[0];
    await notify(
      tx,
      other ?? otherOf(request, actor.id),
      end.kind,
      end.text(request),
      `/requests/${request.id}`,
    );
  });
}

export async function declineRequest({
  actor,
  input,
}: {
  actor: Actor;
  input: { requestId: string };
}) {
  // Kind, and never why: declining needs no reason and gives none.
  await endOpenRequest(actor, input.requestId, {
    side: receivedBy,
    status: 'DECLINED',
    kind: 'request-declined',
    text: (request) => declinedWords(request, actor.name),
  });
}

export async function withdrawRequest({
  actor,
  input,
}: {
  actor: Actor;
  input: { requestId: string };
}) {
  await endOpenRequest(actor, input.requestId, {
    side: sentBy,
    status: 'WITHDRAWN',
    kind: 'request-withdrawn',
    text: () => withdrawnWords(actor.name),
  });
}
