import 'server-only';
/**
 * A sign-up waits here until its owner follows the e-mailed link; following it (Auth.js's
 * e-mail provider, through adapter.ts) makes the account. So an address is only ever taken by
 * someone who reads its mail, and a password typed at sign-up counts only once they have.
 */
import type { Prisma } from '@/lib/generated/prisma/client';
import { db } from '../db';
import { env } from '../env';
import { LINK_LIFETIME } from '../auth/sign-in-links';

type Tx = Prisma.TransactionClient;

/** Keeps (or replaces: the latest sign-up for an address wins) a sign-up awaiting its link. */
export async function holdSignUp(
  tx: Tx,
  input: { email: string; name: string; passwordHash: string },
): Promise<void> {
  const expires = new Date(Date.now() + LINK_LIFETIME.requested * 1000);
  await tx.pendingSignUp.upsert({
    where: { email: input.email },
    create: { ...input, expires },
    update: { name: input.name, passwordHash: input.passwordHash, expires },
  });
}

/** Turns a confirmed sign-up into an account; null when none is waiting for the address. */
export async function claimPendingSignUp(email: string) {
  return db.$transaction(async (tx) => {
    const pending = await tx.pendingSignUp.findUnique({ where: { email } });
    if (!pending) return null;
    await tx.pendingSignUp.delete({ where: { email } });
    if (pending.expires < new Date()) return null;
    return tx.user.create({
      data: {
        name: pending.name,
        email,
        passwordHash: pending.passwordHash,
        emailVerified: new Date(),
        isPlatformAdmin: env().PLATFORM_ADMIN_EMAIL === email,
      },
      select: { id: true, name: true, email: true, emailVerified: true },
    });
  });
}
