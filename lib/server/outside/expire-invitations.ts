import 'server-only';
/**
 * Expiry of invitations from outside. Every read already treats an open invitation past its
 * date as expired (status-of.ts); the minute's sweep also writes it down, with a notification
 * to the protégé, so lists and counts need no clock of their own. One UPDATE ... RETURNING
 * claims the rows, so however many workers sweep, each invitation expires once.
 */
import type { Tx } from '../connections/transaction';
import { notify } from '../connections/notify';

export async function expireOutsideInvitations(tx: Tx, now: Date): Promise<number> {
  const expired = await tx.$queryRaw<{ id: string; protegeId: string; goalId: string }[]>`
    UPDATE "OutsideInvitation" SET "status" = 'EXPIRED', "answeredAt" = ${now}
    WHERE "status" = 'OPEN' AND "expiresAt" <= ${now}
    RETURNING "id", "protegeId", "goalId"`;
  for (const invitation of expired)
    await notify(
      tx,
      invitation.protegeId,
      'request-expired',
      'Your invitation to someone from outside expired without an answer. You can invite them again, or someone else.',
      `/goals/${invitation.goalId}`,
    );
  return expired.length;
}
