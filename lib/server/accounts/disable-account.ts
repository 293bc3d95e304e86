import 'server-only';
/**
 * A platform admin disables an account, or enables it again. Disabling ends every session of
 * the person at once and bars every sign-in method (session-record.ts), in one transaction
 * with an audit entry; enabling lets them sign in again but brings no session back. Anyone
 * else gets "not found", and no admin can disable their own account, so there is always
 * someone left to undo it.
 */
import type { z } from 'zod';
import type { accountIdSchema } from '@/lib/validation/admin-accounts';
import type { Actor } from '../auth/session';
import { endSessions } from '../auth/session-record';
import { inTransaction, lockUser, type Tx } from '../connections/transaction';
import { AppError, notFound } from '../errors';
import { DELETED_EMAIL_DOMAIN } from './find-accounts';

type Args = { actor: Actor; input: z.output<typeof accountIdSchema> };

export async function disableAccount({ actor, input }: Args) {
  if (input.userId === actor.id && actor.isPlatformAdmin)
    throw new AppError('INVALID', 'You cannot disable your own account.');
  return setDisabled(actor, input.userId, new Date());
}

export async function enableAccount({ actor, input }: Args) {
  return setDisabled(actor, input.userId, null);
}

async function setDisabled(actor: Actor, userId: string, disabledAt: Date | null) {
  if (!actor.isPlatformAdmin) throw notFound('account');
  return inTransaction(async (tx) => {
    await lockUser(tx, userId);
    const before = await tx.user.findFirst({
      where: { id: userId, NOT: { email: { endsWith: DELETED_EMAIL_DOMAIN } } },
      select: { id: true, name: true, email: true, disabledAt: true },
    });
    if (!before) throw notFound('account');
    // Disabling twice keeps the first date; either way nothing else changes.
    if (Boolean(before.disabledAt) === Boolean(disabledAt)) return before;
    const after = await tx.user.update({
      where: { id: userId },
      data: { disabledAt },
      select: { id: true, name: true, email: true, disabledAt: true },
    });
    const ended = disabledAt ? await endSessions(tx, userId) : 0;
    await recordAccountAudit(tx, actor, disabledAt ? 'account-disabled' : 'account-enabled', {
      before,
      after: { ...after, sessionsEnded: ended },
    });
    return after;
  });
}

/** The audit log's entry for a platform action: it belongs to no program. */
async function recordAccountAudit(
  tx: Tx,
  actor: Actor,
  action: 'account-disabled' | 'account-enabled',
  { before, after }: { before: object; after: object },
) {
  await tx.auditEntry.create({
    data: {
      programId: null,
      actorId: actor.id,
      action,
      before: JSON.parse(JSON.stringify(before)),
      after: JSON.parse(JSON.stringify(after)),
    },
  });
}
