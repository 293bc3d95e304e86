import 'server-only';
/**
 * Whether one person may ask another for help: the same "never proposed" rules the matching
 * engine applies, checked against the database at the moment of asking.
 *
 * A refusal never tells anyone about another person's choices. Everything that depends on
 * the other side (they are not there, a block either way, they do not offer this help, they
 * asked not to be suggested) reads the same, word for word, and is checked only after the
 * refusals that depend on the asker alone (themselves, a reporting line, their own "don't
 * suggest again"): otherwise a reason shown to someone not blocked and hidden from someone
 * blocked would tell the two apart. Who asks decides the words: a protégé asking a person, a
 * supporter offering on a goal ("not found", as for a goal never listed to them), or a
 * program publishing an invitation, whose admins learn no more than the two people would.
 */
import { AppError, notFound } from '../errors';
import type { Tx } from './transaction';

type Kind = 'MENTOR' | 'COACH';
export type AskedBy = 'protege' | 'supporter' | 'program';

const OFFERS: Record<Kind, readonly string[]> = {
  MENTOR: ['MENTORING', 'BOTH'],
  COACH: ['COACHING', 'BOTH'],
};
const HELP: Record<Kind, string> = { MENTOR: 'mentoring', COACH: 'coaching' };

/** The one answer for every refusal that depends on the other person. */
export function notAvailable(askedBy: AskedBy, kind: Kind): AppError {
  if (askedBy === 'supporter') return notFound('goal');
  if (askedBy === 'program')
    return new AppError('CONFLICT', `These two cannot be paired for ${HELP[kind]} now.`);
  return new AppError('NOT_FOUND', `This person is not taking requests for ${HELP[kind]}.`);
}

export async function assertMayConnect(
  tx: Tx,
  {
    protegeId,
    supporterId,
    kind,
    askedBy,
  }: { protegeId: string; supporterId: string; kind: Kind; askedBy: AskedBy },
): Promise<void> {
  const askerId = askedBy === 'supporter' ? supporterId : protegeId;
  if (protegeId === supporterId)
    throw new AppError('INVALID', 'You cannot ask yourself.', 'personId');
  const [profile, blocks, exclusions, reportingLine] = [
    await tx.profile.findUnique({ where: { userId: supporterId }, select: { offers: true } }),
    await tx.block.findMany({
      where: {
        OR: [
          { blockerId: protegeId, blockedId: supporterId },
          { blockerId: supporterId, blockedId: protegeId },
        ],
      },
      select: { blockerId: true },
    }),
    await tx.pairExclusion.findMany({
      where: {
        OR: [
          { userId: protegeId, otherId: supporterId },
          { userId: supporterId, otherId: protegeId },
        ],
      },
      select: { userId: true },
    }),
    await inReportingLine(tx, protegeId, supporterId),
  ];
  // First what the asker knows already: nothing here depends on the other person's choices.
  if (reportingLine)
    throw new AppError(
      'INVALID',
      askedBy === 'program'
        ? 'The two are in one reporting line, so one cannot be the other’s independent mentor or coach.'
        : 'This person is in your reporting line, so cannot be an independent mentor or coach.',
      'personId',
    );
  if (askedBy !== 'program') {
    if (blocks.some((block) => block.blockerId === askerId))
      throw new AppError(
        'INVALID',
        'You blocked this person; unblock them on your blocks and hidden people page (Account) first.',
        'personId',
      );
    if (exclusions.some((exclusion) => exclusion.userId === askerId))
      throw new AppError(
        'INVALID',
        'You asked not to be suggested this person again; undo that on your blocks and hidden people page (Account) first.',
        'personId',
      );
    if (askedBy === 'supporter' && !OFFERS[kind].includes(profile?.offers ?? 'NONE'))
      throw new AppError(
        'INVALID',
        `You do not offer ${HELP[kind]}; add it on your profile first.`,
        'kind',
      );
  }
  // Then, in one answer, everything that depends on the other person.
  if (!profile || !OFFERS[kind].includes(profile.offers) || blocks.length + exclusions.length > 0)
    throw notAvailable(askedBy, kind);
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
