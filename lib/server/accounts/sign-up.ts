import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import type { z } from 'zod';
import type { signUpSchema } from '@/lib/validation/accounts';
import { hashPassword } from '@/lib/node/password';
import { SIGN_UP_PER_ADDRESS } from '../auth/limits';
import { mailAlreadyHaveAccount, mailConfirmSignUp } from '../auth/sign-in-mail';
import { db } from '../db';
import { deliverSoon } from '../email/deliver-soon';
import { env } from '../env';
import { AppError } from '../errors';
import { consume } from '../rate-limit';
import { passwordProblem } from './password-strength';
import { holdSignUp } from './pending-sign-up';

export type SignUpOutcome =
  /** A mail server is configured: the account is made when the owner follows the e-mail. */
  | { kind: 'check-email' }
  /** No mail server (the local demo): the account is made at once. */
  | { kind: 'created'; userId: string };

/**
 * Signing up. With a mail server, every address gets the same answer ("check your e-mail") and
 * the e-mail says what happened: a link that makes the account, or, for an address that has
 * one already (made by the person or imported by a program), a link that signs its owner in.
 * Without one, as in the local demo, there is no inbox to prove the address with, so the
 * account is made at once and an address in use is refused on the form.
 */
export async function signUp(
  input: z.output<typeof signUpSchema> & { address: string },
  { confirmByEmail = env().SMTP_URL !== undefined } = {},
): Promise<SignUpOutcome> {
  // Before the limit: choosing a better password should not use up the network's sign-ups.
  const weak = passwordProblem(input.password, input);
  if (weak) throw new AppError('INVALID', weak, 'password');
  await consume(SIGN_UP_PER_ADDRESS, [input.address], 'sign-ups from your network');
  // Hashed before looking the address up, so both answers take the same time.
  const passwordHash = await hashPassword(input.password);
  if (!confirmByEmail) return createAtOnce(input, passwordHash);
  await db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({
      where: { email: input.email },
      select: { id: true },
    });
    if (existing) return mailAlreadyHaveAccount(tx, input.email);
    await holdSignUp(tx, { email: input.email, name: input.name, passwordHash });
    await mailConfirmSignUp(tx, input.email);
  });
  await deliverSoon();
  return { kind: 'check-email' };
}

async function createAtOnce(
  input: z.output<typeof signUpSchema>,
  passwordHash: string,
): Promise<SignUpOutcome> {
  try {
    const user = await db.user.create({
      data: {
        name: input.name,
        email: input.email,
        passwordHash,
        emailVerified: new Date(),
        isPlatformAdmin: env().PLATFORM_ADMIN_EMAIL === input.email,
      },
      select: { id: true },
    });
    return { kind: 'created', userId: user.id };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new AppError(
        'CONFLICT',
        'An account with this e-mail already exists. Sign in instead.',
        'email',
      );
    }
    throw error;
  }
}
