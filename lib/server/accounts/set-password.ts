import 'server-only';
/**
 * Choosing a first password, for someone who has signed in only by e-mailed links (a program
 * made their account). An account that has a password changes it with the current one instead
 * (change-password.ts): the check is in the write itself, so two tabs cannot both set one.
 */
import type { z } from 'zod';
import type { setPasswordSchema } from '@/lib/validation/accounts';
import { hashPassword } from '@/lib/node/password';
import { PASSWORD_CHANGE_PER_USER } from '../auth/limits';
import type { Actor } from '../auth/session';
import { db } from '../db';
import { AppError } from '../errors';
import { consume } from '../rate-limit';
import { passwordProblem } from './password-strength';

export async function setPassword({
  actor,
  input,
}: {
  actor: Actor;
  input: z.output<typeof setPasswordSchema>;
}) {
  await consume(PASSWORD_CHANGE_PER_USER, [actor.id], 'password changes');
  const weak = passwordProblem(input.newPassword, actor);
  if (weak) throw new AppError('INVALID', weak, 'newPassword');
  const { count } = await db.user.updateMany({
    where: { id: actor.id, passwordHash: null },
    data: { passwordHash: await hashPassword(input.newPassword) },
  });
  if (count === 0)
    throw new AppError(
      'CONFLICT',
      'Your account has a password already: change it with your current one.',
    );
}

/** Whether the person has a password to sign in with (else only e-mailed links). */
export async function hasPassword(userId: string): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  return Boolean(user?.passwordHash);
}
