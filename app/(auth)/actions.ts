'use server';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { AuthError, CredentialsSignin } from 'next-auth';
import { signUp } from '@/lib/server/accounts/sign-up';
import { publicAction } from '@/lib/server/actions/form-action';
import { AppError } from '@/lib/server/errors';
import { signIn, signOut } from '@/lib/server/auth/auth';
import { clientAddress } from '@/lib/server/auth/client-address';
import { requestSignInLink } from '@/lib/server/auth/request-link';
import { COMPANY_PROVIDER_ID, companySignInName } from '@/lib/server/auth/sso-provider';
import { signUpSchema } from '@/lib/validation/accounts';
import {
  companySignInSchema,
  linkRequestSchema,
  passwordSignInSchema,
  signInAgainSchema,
} from '@/lib/validation/sign-in';

const WRONG_CREDENTIALS = 'That e-mail and password do not match an account.';

export const signUpAction = publicAction(signUpSchema, async ({ input }) => {
  const outcome = await signUp({ ...input, address: clientAddress(await headers()) });
  if (outcome.kind === 'check-email') redirect('/sign-up/check-email');
  await signIn('credentials', {
    email: input.email,
    password: input.password,
    redirectTo: '/profile/edit?welcome=1',
  });
});

export const signInAction = publicAction(passwordSignInSchema, async ({ input }) => {
  try {
    await signIn('credentials', {
      email: input.email,
      password: input.password,
      redirectTo: input.next ?? '/',
    });
  } catch (error) {
    // A rate-limit refusal carries its "try again in ..." message as the code.
    if (error instanceof CredentialsSignin && error.code.startsWith('Too many')) {
      throw new AppError('RATE_LIMITED', error.code);
    }
    if (error instanceof AuthError) throw new AppError('INVALID', WRONG_CREDENTIALS);
    throw error;
  }
});

export const signInLinkAction = publicAction(linkRequestSchema, async ({ input }) => {
  await requestSignInLink({ ...input, address: clientAddress(await headers()) });
  redirect('/sign-in/link-sent');
});

/** Off to the company's identity provider; Auth.js brings the person back to `next`. */
export const companySignInAction = publicAction(companySignInSchema, async ({ input }) => {
  if (!companySignInName()) throw new AppError('NOT_FOUND', 'Company sign-in is not set up here.');
  await signIn(COMPANY_PROVIDER_ID, { redirectTo: input.next ?? '/' });
});

export async function signOutAction() {
  await signOut({ redirectTo: '/' });
}

/**
 * Signs out and opens the sign-in page on the way back to `next`: for an invitation followed
 * while signed in with another address than the one it was sent to.
 */
export async function signInAgainAction(formData: FormData) {
  const parsed = signInAgainSchema.safeParse({ next: formData.get('next') ?? undefined });
  const next = parsed.success ? parsed.data.next : null;
  await signOut({ redirectTo: next ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in' });
}
