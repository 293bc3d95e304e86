import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { Notice } from '@/components/layout/notice';
import { PageHeading } from '@/components/layout/page-heading';
import { getActor } from '@/lib/server/auth/session';
import { SignInForm } from './sign-in-form';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ 'signed-out'?: string | string[] }>;
}) {
  if (await getActor()) redirect('/');
  const everywhere = (await searchParams)['signed-out'] === 'everywhere';
  return (
    <>
      <PageHeading title="Sign in" />
      {everywhere && (
        <Notice>You are signed out everywhere, this browser included. Sign in to carry on.</Notice>
      )}
      <SignInForm />
    </>
  );
}
