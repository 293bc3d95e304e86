import 'server-only';
/**
 * A protégé invites someone from outside, by e-mail address, to be their mentor or coach for
 * one goal. The answer never depends on whether the address has an account: nothing here
 * reads accounts by the address, and the e-mail is the same either way (invitation-mail.ts).
 * What can refuse is the protégé's own business: their goal, their own address, their
 * program's policy, an invitation to the same address already open, their open cap and their
 * daily limit. The open cap holds under races because sends lock the protégé's row first.
 */
import type { InviteOutsideInput } from '@/lib/validation/outside-invitation';
import type { Actor } from '../auth/session';
import { inTransaction, lockUser } from '../connections/transaction';
import { daysAfter, rulesFor } from '../connections/rules';
import { deliverSoon } from '../email/deliver-soon';
import { AppError, notFound } from '../errors';
import { consume } from '../rate-limit';
import { refuseGuest } from './guests';
import { OPEN_OUTSIDE_INVITATIONS_CAP, OUTSIDE_INVITATIONS_PER_DAY } from './limits';
import { mailOutsideInvitation } from './invitation-mail';
import { assertOutsideAllowed } from './policy';
import { hashInvitationToken, newInvitationToken } from './token';

export async function sendOutsideInvitation({
  actor,
  input,
  now = new Date(),
}: {
  actor: Actor;
  input: InviteOutsideInput;
  now?: Date;
}): Promise<{ id: string }> {
  await consume(OUTSIDE_INVITATIONS_PER_DAY, [actor.id], 'invitations sent today');
  const created = await inTransaction(async (tx) => {
    await lockUser(tx, actor.id);
    await refuseGuest(actor, 'goal', tx);
    const goal = await tx.goal.findFirst({
      where: { id: input.goalId, userId: actor.id },
      select: { id: true },
    });
    if (!goal) throw notFound('goal');
    if (input.email === actor.email.toLowerCase())
      throw new AppError('INVALID', 'That is your own address: invite someone else.', 'email');
    await assertOutsideAllowed(tx, actor.id, 'sender');
    const open = await tx.outsideInvitation.findMany({
      where: { protegeId: actor.id, status: 'OPEN', expiresAt: { gt: now } },
      select: { goalId: true, inviteeEmail: true },
    });
    if (open.some((o) => o.goalId === goal.id && o.inviteeEmail === input.email))
      throw new AppError(
        'CONFLICT',
        'You have already invited this address for this goal; wait for their answer or withdraw it first.',
        'email',
      );
    if (open.length >= OPEN_OUTSIDE_INVITATIONS_CAP)
      throw new AppError(
        'CONFLICT',
        `You already have ${OPEN_OUTSIDE_INVITATIONS_CAP} invitations waiting for an answer. Wait for one or withdraw one first.`,
      );
    const rules = await rulesFor(tx, actor.id);
    const token = newInvitationToken();
    const expiresAt = daysAfter(now, rules.expireAfterDays);
    const invitation = await tx.outsideInvitation.create({
      data: {
        goalId: goal.id,
        protegeId: actor.id,
        inviteeEmail: input.email,
        kind: input.kind,
        note: input.note,
        tokenHash: hashInvitationToken(token),
        expiresAt,
        createdAt: now,
        programId: rules.programId,
      },
      select: { id: true },
    });
    await mailOutsideInvitation(tx, {
      email: input.email,
      token,
      kind: input.kind,
      note: input.note,
      protegeName: actor.name,
      expiresAt,
      now,
    });
    return invitation;
  });
  await deliverSoon();
  return created;
}
