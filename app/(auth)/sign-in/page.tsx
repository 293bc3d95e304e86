import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { PageHeading } from '@/components/layout/page-heading';
import { getActor } from '@/lib/server/auth/session';
import { SignInForm } from './sign-in-form';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage() {
  if (await getActor()) redirect('/');
  return (
    <>
      <PageHeading title="Sign in" />
      <SignInForm />
    </>
  );
}
