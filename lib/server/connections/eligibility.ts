import 'server-only';
/**
 * Whether one person may ask another for help: the same "never proposed" rules the matching
 * engine applies, checked against the database at the moment of asking. Each refusal is a
 * clear message; a person who is not there at all, or who blocked the asker, reads as "not
 * found" so that a block is never revealed.
 */
import { AppError, notFound } from '../errors';
import type { Tx } from './transaction';

type Kind = 'MENTOR' | 'COACH';

const OFFERS: Record<Kind, readonly string[]> = {
  MENTOR: ['MENTORING', 'BOTH'],
  COACH: ['COACHING', 'BOTH'],
};

export async function assertMayConnect(
  tx: Tx,
  { protegeId, supporterId, kind }: { protegeId: string; supporterId: string; kind: Kind },
): Promise<void> {
  if (protegeId === supporterId)
    throw new AppError('INVALID', 'You cannot ask yourself.', 'personId');
  const profile = await tx.profile.findUnique({
    where: { userId: supporterId },
    select: { offers: true },
  });
  const blocked = await tx.block.findFirst({
    where: {
      OR: [
        { blockerId: protegeId, blockedId: supporterId },
        { blockerId: supporterId, blockedId: protegeId },
      ],
    },
    select: { blockerId: true },
  });
  if (!profile || blocked) throw notFound('person');
  if (!OFFERS[kind].includes(profile.offers))
    throw new AppError(
      'INVALID',
      `This person does not offer ${kind === 'MENTOR' ? 'mentoring' : 'coaching'}.`,
      'kind',
    );
  const excluded = await tx.pairExclusion.findFirst({
    where: {
      OR: [
        { userId: protegeId, otherId: supporterId },
        { userId: supporterId, otherId: protegeId },
      ],
    },
    select: { userId: true },
  });
  // The other person's choice stays private; one's own is worth a reminder.
  if (excluded?.userId === supporterId) throw notFound('person');
  if (excluded)
    throw new AppError(
      'INVALID',
      'You asked not to be suggested this person again; undo that on your blocks and hidden people page (Account) first.',
      'personId',
    );
  if (await inReportingLine(tx, protegeId, supporterId))
    throw new AppError(
      'INVALID',
      'This person is in your reporting line, so cannot be an independent mentor or coach.',
      'personId',
    );
}

/** True when one of the two manages the other, at any depth. */
async function inReportingLine(tx: Tx, a: string, b: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ found: boolean }[]>`
    WITH RECURSIVE above(id, start) AS (
      SELECT "managerId", "userId" FROM "Profile" WHERE "userId" IN (${a}, ${b}) AND "managerId" IS NOT NULL
      UNION
      SELECT p."managerId", above.start FROM "Profile" p JOIN above ON p."userId" = above.id
      WHERE p."managerId" IS NOT NULL
    )
    SELECT EXISTS (
      SELECT 1 FROM above WHERE (start = ${a} AND id = ${b}) OR (start = ${b} AND id = ${a})
    ) AS found`;
  return rows[0]?.found ?? false;
}

/** A goal that already has an ongoing relationship of this kind needs no more requests for it. */
export async function assertGoalStillNeeds(
  tx: Tx,
  { goalId, kind }: { goalId: string; kind: Kind },
): Promise<void> {
  const ongoing = await tx.relationship.findFirst({
    where: { goalId, kind, state: { in: ['INTRO', 'ACTIVE'] } },
    select: { id: true },
  });
  if (ongoing)
    throw new AppError(
      'CONFLICT',
      `This goal already has a ${kind === 'MENTOR' ? 'mentor' : 'coach'}.`,
    );
}
