import 'server-only';
/**
 * Checks an e-mail and password. Rate limited per e-mail and per client address before any
 * work, and a wrong e-mail costs as much time as a wrong password (a dummy hash is verified)
 * so that response times do not reveal who has an account. A disabled account gets the same
 * answer as a wrong password, so the refusal says nothing about the account either.
 */
import { db } from '../db';
import { env } from '../env';
import { consume, reset } from '../rate-limit';
import { SIGN_IN_PER_ADDRESS, SIGN_IN_PER_EMAIL } from './limits';
import { hashPassword, verifyPassword } from '@/lib/node/password';

let dummyHash: Promise<string> | undefined;

export async function authenticate(input: { email: string; password: string; address: string }) {
  const email = input.email.toLowerCase();
  await consume(SIGN_IN_PER_EMAIL, [email], 'sign-in attempts');
  await consume(SIGN_IN_PER_ADDRESS, [input.address], 'sign-in attempts from your network');

  const user = await db.user.findUnique({
    where: { email },
    select: {
      id: true,
      name: true,
      email: true,
      passwordHash: true,
      isPlatformAdmin: true,
      disabledAt: true,
    },
  });
  dummyHash ??= hashPassword('not-a-real-password');
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash), input.password);
  if (!user || !user.passwordHash || !valid || user.disabledAt) return null;

  await reset(SIGN_IN_PER_EMAIL, email);
  if (!user.isPlatformAdmin && env().PLATFORM_ADMIN_EMAIL === email) {
    await db.user.update({ where: { id: user.id }, data: { isPlatformAdmin: true } });
  }
  return { id: user.id, name: user.name, email: user.email };
}
