import 'server-only';
import { verifyPassword } from '@/lib/node/password';
import { db } from '../db';

/** Re-confirms the signed-in person's password before something that cannot be undone. */
export async function checkPassword(userId: string, password: string): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!user?.passwordHash) return false;
  return verifyPassword(user.passwordHash, password);
}
