import 'server-only';
/**
 * Checks an e-mail and password. Two limits stand before the password is checked: failed
 * sign-ins per client address (successes are given back, so a whole office behind one
 * address can sign in at once), and growing delays per e-mail (sign-in-delay.ts), which slow
 * guessing on one account without ever locking its owner out for long. A wrong e-mail costs
 * as much time as a wrong password (a dummy hash is verified, and unknown e-mails get the
 * same delays) so that neither timing nor refusals reveal who has an account. A disabled
 * account gets the same answer as a wrong password, so the refusal says nothing of it either.
 */
import { db } from '../db';
import { env } from '../env';
import { reserve } from '../rate-limit';
import { SIGN_IN_FAILURES_PER_ADDRESS } from './limits';
import { clearFailures, takeAttempt } from './sign-in-delay';
import { hashPassword, verifyPassword } from '@/lib/node/password';

let dummyHash: Promise<string> | undefined;

export async function authenticate(input: { email: string; password: string; address: string }) {
  const email = input.email.toLowerCase();
  const fromAddress = await reserve(
    SIGN_IN_FAILURES_PER_ADDRESS,
    input.address,
    'failed sign-ins from your network',
  );
  try {
    await takeAttempt(email);
  } catch (error) {
    // Refused before any password was tried: not a failure of this address.
    await fromAddress.refund();
    throw error;
  }

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

  // Only this address's own point and this e-mail's own count: nobody else's failures.
  await Promise.all([fromAddress.refund(), clearFailures(email)]);
  if (!user.isPlatformAdmin && env().PLATFORM_ADMIN_EMAIL === email) {
    await db.user.update({ where: { id: user.id }, data: { isPlatformAdmin: true } });
  }
  return { id: user.id, name: user.name, email: user.email };
}
