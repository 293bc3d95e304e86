import 'server-only';
import type { z } from 'zod';
import type { changePasswordSchema } from '@/lib/validation/accounts';
import { PASSWORD_CHANGE_PER_USER } from '../auth/limits';
import { hashPassword } from '@/lib/node/password';
import type { Actor } from '../auth/session';
import { db } from '../db';
import { AppError } from '../errors';
import { consume } from '../rate-limit';
import { checkPassword } from './check-password';
import { passwordProblem } from './password-strength';

export async function changePassword({
  actor,
  input,
}: {
  actor: Actor;
  input: z.output<typeof changePasswordSchema>;
}) {
  await consume(PASSWORD_CHANGE_PER_USER, [actor.id], 'password changes');
  if (!(await checkPassword(actor.id, input.currentPassword))) {
    throw new AppError('INVALID', 'That is not your current password.', 'currentPassword');
  }
  const weak = passwordProblem(input.newPassword, actor);
  if (weak) throw new AppError('INVALID', weak, 'newPassword');
  await db.user.update({
    where: { id: actor.id },
    data: { passwordHash: await hashPassword(input.newPassword) },
  });
}
