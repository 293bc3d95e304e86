import 'server-only';
import type { z } from 'zod';
import type { deleteAccountSchema } from '@/lib/validation/accounts';
import type { Actor } from '../auth/session';
import { db } from '../db';
import { AppError } from '../errors';
import { checkPassword } from './check-password';

/**
 * Deletes the account and everything it owns: profile, career steps and goals go with it
 * (cascading foreign keys), and people who named this person as their manager keep their
 * profile with no manager. Later features hook in here to tell the other side of any
 * request or relationship that it ended.
 */
export async function deleteAccount({
  actor,
  input,
}: {
  actor: Actor;
  input: z.output<typeof deleteAccountSchema>;
}) {
  if (!(await checkPassword(actor.id, input.password))) {
    throw new AppError('INVALID', 'That is not your password.', 'password');
  }
  await db.user.delete({ where: { id: actor.id } });
}
