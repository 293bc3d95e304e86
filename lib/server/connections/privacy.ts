import 'server-only';
/**
 * Private choices about other people: "not for me" on one goal's suggestion, "don't suggest
 * again" for good, and a block. None of them is ever shown to the other person. A block also
 * ends what is open between the two, telling the other side only that it ended.
 */
import type { Actor } from '../auth/session';
import { db } from '../db';
import { AppError, notFound } from '../errors';
import { notify } from './notify';
import { closeRelationship } from './relationships';
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
    const { count: requests } = await tx.connectionRequest.updateMany({
      where: { ...between, status: 'OPEN' },
      data: { status: 'WITHDRAWN', respondedAt: now },
    });
    const ongoing = await tx.relationship.findMany({
      where: { ...between, state: { in: ['INTRO', 'ACTIVE'] } },
      select: { id: true },
    });
    for (const relationship of ongoing) await closeRelationship(tx, relationship.id, actor.id, now);
    // Told that something ended, never that they were blocked.
    if (requests + ongoing.length > 0)
      await notify(
        tx,
        input.personId,
        'relationship-ended',
        `${actor.name} is no longer available for the requests or relationship you had together.`,
        '/requests',
      );
  });
}
