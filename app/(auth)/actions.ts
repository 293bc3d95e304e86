'use server';
import { headers } from 'next/headers';
import { AuthError, CredentialsSignin } from 'next-auth';
import { signUp } from '@/lib/server/accounts/sign-up';
import { publicAction } from '@/lib/server/actions/form-action';
import { AppError } from '@/lib/server/errors';
import { signIn, signOut } from '@/lib/server/auth/auth';
import { clientAddress } from '@/lib/server/auth/client-address';
import { signInSchema, signUpSchema } from '@/lib/validation/accounts';

const WRONG_CREDENTIALS = 'That e-mail and password do not match an account.';

export const signUpAction = publicAction(signUpSchema, async ({ input }) => {
  await signUp({ ...input, address: clientAddress(await headers()) });
  await signIn('credentials', {
    email: input.email,
    password: input.password,
    redirectTo: '/profile/edit?welcome=1',
  });
});

export const signInAction = publicAction(signInSchema, async ({ input }) => {
  try {
    await signIn('credentials', { ...input, redirectTo: '/' });
  } catch (error) {
    // A rate-limit refusal carries its "try again in ..." message as the code.
    if (error instanceof CredentialsSignin && error.code.startsWith('Too many')) {
      throw new AppError('RATE_LIMITED', error.code);
    }
    if (error instanceof AuthError) throw new AppError('INVALID', WRONG_CREDENTIALS);
    throw error;
  }
});

export async function signOutAction() {
  await signOut({ redirectTo: '/' });
}
