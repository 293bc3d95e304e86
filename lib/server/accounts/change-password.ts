import 'server-only';
import type { z } from 'zod';
import type { changePasswordSchema } from '@/lib/validation/accounts';
import { PASSWORD_CHANGE_PER_USER } from '../auth/limits';
import { hashPassword } from '@/lib/node/password';
import type { Actor } from '../auth/session';
import { endSessions, recordSession } from '../auth/session-record';
import { inTransaction } from '../connections/transaction';
import { AppError } from '../errors';
import { consume } from '../rate-limit';
import { checkPassword } from './check-password';
import { passwordProblem } from './password-strength';

/**
 * A new password, after the current one is given. Every session ends with it, in the same
 * transaction: whoever had the old password or a copy of a cookie is out, a copy of this very
 * browser's cookie included. The browser that made the change stays signed in on a fresh
 * session, whose token is returned for its cookie (none when the caller had no session).
 */
export async function changePassword({
  actor,
  input,
}: {
  actor: Actor;
  input: z.output<typeof changePasswordSchema>;
}): Promise<{ sessionToken: string | null }> {
  await consume(PASSWORD_CHANGE_PER_USER, [actor.id], 'password changes');
  if (!(await checkPassword(actor.id, input.currentPassword))) {
    throw new AppError('INVALID', 'That is not your current password.', 'currentPassword');
  }
  const weak = passwordProblem(input.newPassword, actor);
  if (weak) throw new AppError('INVALID', weak, 'newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  return inTransaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { passwordHash } });
    await endSessions(tx, actor.id);
    return { sessionToken: actor.sessionToken ? await recordSession(tx, actor.id) : null };
  });
}
