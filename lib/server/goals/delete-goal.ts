import 'server-only';
/**
 * Deleting a goal, which takes its requests and relationships with it. Nobody on the other side
 * is left with a page that vanished unexplained: each live relationship ends and each open
 * request is withdrawn first, with the ordinary notice and e-mail, and what they were told
 * before about them now leads to their list of requests instead of a page that is gone.
 */
import type { Actor } from '../auth/session';
import { declinedWords, withdrawnWords } from '../connections/ending-words';
import { notify } from '../connections/notify';
import { kindWord } from '../connections/sides';
import { inTransaction } from '../connections/transaction';
import { db } from '../db';
import { notFound } from '../errors';

const STILL_THERE = '/requests';

/** What deleting would end, for the question asked before: live relationships and open requests. */
export async function goalDeletionImpact({ actor, goalId }: { actor: Actor; goalId: string }) {
  const goal = await db.goal.findFirst({
    where: { id: goalId, userId: actor.id },
    select: {
      relationships: {
        where: { state: { not: 'ENDED' } },
        select: { kind: true, supporter: { select: { name: true } } },
      },
      _count: { select: { requests: { where: { status: 'OPEN' } } } },
    },
  });
  if (!goal) return null;
  return {
    relationships: goal.relationships.map((r) => ({
      kind: r.kind === 'COACH' ? ('COACH' as const) : ('MENTOR' as const),
      with: r.supporter.name,
    })),
    openRequests: goal._count.requests,
  };
}

export async function deleteGoal({ actor, input }: { actor: Actor; input: { goalId: string } }) {
  await inTransaction(async (tx) => {
    const goal = await tx.goal.findFirst({
      where: { id: input.goalId, userId: actor.id },
      select: {
        id: true,
        relationships: { select: { id: true, state: true, kind: true, supporterId: true } },
        requests: { select: { id: true, status: true, origin: true, supporterId: true } },
      },
    });
    if (!goal) throw notFound('goal');
    for (const relationship of goal.relationships.filter((r) => r.state !== 'ENDED'))
      await notify(
        tx,
        relationship.supporterId,
        'relationship-ended',
        `${actor.name} deleted the goal your ${kindWord(relationship.kind)} relationship was about, so it has ended. Thank you for the time you gave it.`,
        STILL_THERE,
      );
    for (const request of goal.requests.filter((r) => r.status === 'OPEN'))
      await notify(
        tx,
        request.supporterId,
        request.origin === 'SUPPORTER' ? 'request-declined' : 'request-withdrawn',
        // An offer's protégé stays unnamed to the one who offered, as on any other ending.
        request.origin === 'SUPPORTER'
          ? declinedWords(request, actor.name)
          : withdrawnWords(actor.name),
        STILL_THERE,
      );
    const pages = [
      ...goal.relationships.map((r) => `/relationships/${r.id}`),
      ...goal.requests.map((r) => `/requests/${r.id}`),
    ];
    if (pages.length)
      await tx.notification.updateMany({
        where: { href: { in: pages } },
        data: { href: STILL_THERE },
      });
    await tx.goal.delete({ where: { id: goal.id } });
  });
}
