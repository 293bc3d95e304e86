import 'server-only';
/**
 * A program's invitation: what publishing an approved proposal creates. It is a request that
 * both people receive and both must accept (accept.ts), under the same rules as any request
 * (eligibility at the moment of sending, one open request per goal, kind and pair, reminders
 * and expiry), with the program's expiry. Both are told, each in their own words.
 */
import { AppError } from '../errors';
import { assertNotNeverPaired } from '../programs/pairs/never-pair';
import { createConnectionRequest } from './create-request';
import { assertGoalStillNeeds, assertMayConnect } from './eligibility';
import { assertNoLiveInvitation, assertRoomForInvitation } from './live-pool';
import { kindWord } from './sides';
import { lockProfile, lockUser, type Tx } from './transaction';

export interface InvitationSource {
  proposalId: string;
  goalId: string;
  kind: 'MENTOR' | 'COACH';
  protegeId: string;
  supporterId: string;
  program: { id: string; name: string; expireAfterDays: number };
}

export async function sendInvitation(
  tx: Tx,
  source: InvitationSource,
  now: Date = new Date(),
): Promise<{ id: string }> {
  const { protegeId, supporterId, kind, goalId, program } = source;
  // The protégé's row serialises invitations for one goal; the supporter's profile row, the
  // places they offer (the same order as everywhere: user rows, then profile rows).
  await lockUser(tx, protegeId);
  await lockProfile(tx, supporterId);
  await assertMayConnect(tx, { protegeId, supporterId, kind, askedBy: 'program' });
  await assertNotNeverPaired(tx, { programId: program.id, a: protegeId, b: supporterId });
  await assertGoalStillNeeds(tx, { goalId, kind });
  const open = await tx.connectionRequest.findFirst({
    where: { goalId, kind, supporterId, status: 'OPEN' },
    select: { id: true },
  });
  if (open) throw new AppError('CONFLICT', 'The two already have an open request about this goal.');
  await assertNoLiveInvitation(tx, { goalId, kind });
  const people = await tx.user.findMany({
    where: { id: { in: [protegeId, supporterId] } },
    select: { id: true, name: true },
  });
  const nameOf = (id: string) => people.find((person) => person.id === id)?.name ?? 'someone';
  await assertRoomForInvitation(tx, { supporterId, supporterName: nameOf(supporterId) });
  const bothSayYes = 'Say yes or no; it starts only if you both say yes.';
  return createConnectionRequest(tx, {
    goalId,
    kind,
    protegeId,
    supporterId,
    origin: 'PROGRAM',
    programId: program.id,
    proposalId: source.proposalId,
    note: `${program.name} suggests that you work together on this goal. It starts only if you both say yes.`,
    expireAfterDays: program.expireAfterDays,
    now,
    tell: [
      {
        userId: protegeId,
        text: `${program.name} suggests ${nameOf(supporterId)} as your ${kindWord(kind)}. ${bothSayYes}`,
      },
      {
        userId: supporterId,
        text: `${program.name} suggests you as ${nameOf(protegeId)}'s ${kindWord(kind)}. ${bothSayYes}`,
      },
    ],
  });
}
