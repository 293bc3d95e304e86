import 'server-only';
/**
 * Private choices about other people: "not for me" on one goal's suggestion, "don't suggest
 * again" for good, and a block. None of them is ever shown to the other person. A block also
 * ends what is open between the two, and the other side reads each ending exactly as they
 * would an ordinary decline, withdrawal or end (ending-words.ts).
 */
import type { Actor } from '../auth/session';
import { db } from '../db';
import { AppError, notFound } from '../errors';
import { declinedWords, endedWords, withdrawnWords } from './ending-words';
import { notify } from './notify';
import { closeRelationship } from './relationships';
import { senderOf } from './sides';
import { inTransaction } from './transaction';

export async function dismissSuggestion({
  actor,
  input,
}: {
  actor: Actor;
  input: { goalId: string; personId: string };
}) {
  const goal = await db.goal.findFirst({
    where: { id: input.goalId, userId: actor.id },
    select: { id: true },
  });
  if (!goal) throw notFound('goal');
  await db.suggestionDismissal.upsert({
    where: { goalId_personId: { goalId: goal.id, personId: input.personId } },
    create: { goalId: goal.id, personId: input.personId },
    update: {},
  });
}

async function assertPerson(personId: string, actor: Actor) {
  if (personId === actor.id) throw new AppError('INVALID', 'That is you.');
  const person = await db.user.findUnique({ where: { id: personId }, select: { id: true } });
  if (!person) throw notFound('person');
}

export async function dontSuggestAgain({
  actor,
  input,
}: {
  actor: Actor;
  input: { personId: string };
}) {
  await assertPerson(input.personId, actor);
  await db.pairExclusion.upsert({
    where: { userId_otherId: { userId: actor.id, otherId: input.personId } },
    create: { userId: actor.id, otherId: input.personId },
    update: {},
  });
}

export async function blockPerson({ actor, input }: { actor: Actor; input: { personId: string } }) {
  await assertPerson(input.personId, actor);
  await inTransaction(async (tx) => {
    await tx.block.upsert({
      where: { blockerId_blockedId: { blockerId: actor.id, blockedId: input.personId } },
      create: { blockerId: actor.id, blockedId: input.personId },
      update: {},
    });
    const between = {
      OR: [
        { protegeId: actor.id, supporterId: input.personId },
        { protegeId: input.personId, supporterId: actor.id },
      ],
    };
    const now = new Date();
    const open = await tx.connectionRequest.findMany({
      where: { ...between, status: 'OPEN' },
      select: { id: true, origin: true, protegeId: true, supporterId: true },
    });
    // Each open request ends as its ordinary counterpart would, with the same words: one the
    // blocker sent is withdrawn, any other is declined. Nobody is told they were blocked.
    for (const request of open) {
      const withdrawn = senderOf(request) === actor.id;
      await tx.connectionRequest.update({
        where: { id: request.id },
        data: { status: withdrawn ? 'WITHDRAWN' : 'DECLINED', respondedAt: now },
      });
      await notify(
        tx,
        input.personId,
        withdrawn ? 'request-withdrawn' : 'request-declined',
        withdrawn ? withdrawnWords(actor.name) : declinedWords(request, actor.name),
        `/requests/${request.id}`,
      );
    }
    const ongoing = await tx.relationship.findMany({
      where: { ...between, state: { in: ['INTRO', 'ACTIVE'] } },
      select: { id: true, state: true, kind: true },
    });
    for (const relationship of ongoing) {
      await closeRelationship(tx, relationship.id, actor.id, now);
      await notify(
        tx,
        input.personId,
        'relationship-ended',
        endedWords(relationship, actor.name),
        `/relationships/${relationship.id}`,
      );
    }
  });
}
