import 'server-only';
/**
 * The caller's own list of people they blocked or asked not to be suggested again, and the
 * undo of each. Only the caller's rows are read or removed: a block or exclusion someone else
 * made about the caller is theirs, never listed here and never undone from here. Undoing brings
 * nothing back that the choice ended; it only lets the two be suggested to each other again.
 */
import type { Actor } from '../auth/session';
import { db } from '../db';
import { notFound } from '../errors';

const person = { select: { id: true, name: true } } as const;

export async function listOwnPrivacyChoices({ actor }: { actor: Actor }) {
  const [blocked, hidden] = await Promise.all([
    db.block.findMany({
      where: { blockerId: actor.id },
      orderBy: { createdAt: 'desc' },
      select: { createdAt: true, blocked: person },
    }),
    db.pairExclusion.findMany({
      where: { userId: actor.id },
      orderBy: { createdAt: 'desc' },
      select: { createdAt: true, other: person },
    }),
  ]);
  return {
    blocked: blocked.map((row) => ({ ...row.blocked, since: row.createdAt })),
    hidden: hidden.map((row) => ({ ...row.other, since: row.createdAt })),
  };
}

export async function unblockPerson({
  actor,
  input,
}: {
  actor: Actor;
  input: { personId: string };
}) {
  const { count } = await db.block.deleteMany({
    where: { blockerId: actor.id, blockedId: input.personId },
  });
  if (count === 0) throw notFound('block');
}

export async function suggestAgain({
  actor,
  input,
}: {
  actor: Actor;
  input: { personId: string };
}) {
  const { count } = await db.pairExclusion.deleteMany({
    where: { userId: actor.id, otherId: input.personId },
  });
  if (count === 0) throw notFound('choice');
}
