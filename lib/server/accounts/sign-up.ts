import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import type { z } from 'zod';
import type { signUpSchema } from '@/lib/validation/accounts';
import { hashPassword } from '@/lib/node/password';
import { SIGN_UP_PER_ADDRESS } from '../auth/limits';
import { db } from '../db';
import { env } from '../env';
import { AppError } from '../errors';
import { consume } from '../rate-limit';
import { passwordProblem } from './password-strength';

/** Creates an account. The configured admin e-mail becomes a platform admin on sign-up. */
export async function signUp(input: z.output<typeof signUpSchema> & { address: string }) {
  // Before the limit: choosing a better password should not use up the network's sign-ups.
  const weak = passwordProblem(input.password, input);
  if (weak) throw new AppError('INVALID', weak, 'password');
  await consume(SIGN_UP_PER_ADDRESS, [input.address], 'sign-ups from your network');
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.user.create({
      data: {
        name: input.name,
        email: input.email,
        passwordHash,
        isPlatformAdmin: env().PLATFORM_ADMIN_EMAIL === input.email,
      },
      select: { id: true },
    });
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
