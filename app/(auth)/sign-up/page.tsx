import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { PageHeading } from '@/components/layout/page-heading';
import { getActor } from '@/lib/server/auth/session';
import { SignUpForm } from './sign-up-form';

export const metadata: Metadata = { title: 'Sign up' };

export default async function SignUpPage() {
  if (await getActor()) redirect('/');
  return (
    <>
      <PageHeading title="Create your account">
        Tell us about yourself and what you are aiming for; we will tell you whether a mentor or a
        coach fits, and who.
      </PageHeading>
      <SignUpForm />
    </>
  );
}
