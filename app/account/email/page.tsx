import type { Metadata } from 'next';
import Link from 'next/link';
import { Notice } from '@/components/layout/notice';
import { PageHeading } from '@/components/layout/page-heading';
import { requireUser } from '@/lib/server/auth/session';
import { getEmailChoices } from '@/lib/server/email/preferences';
import { EmailChoicesForm } from './email-choices-form';

export const metadata: Metadata = { title: 'Your e-mails' };

export default async function EmailChoicesPage({
  searchParams,
}: {
  searchParams: Promise<{ saved?: string | string[] }>;
}) {
  const actor = await requireUser();
  const [{ saved }, choices] = await Promise.all([searchParams, getEmailChoices({ actor })]);
  return (
    <>
      <PageHeading title="Your e-mails">
        Choose, for each kind, whether we e-mail you at once, once a day in a digest (at 07:00 on
        your profile’s time zone), or not at all. Whatever you choose, everything still shows in
        your notifications here.
      </PageHeading>
      {saved === '1' && <Notice>Your e-mail choices are saved.</Notice>}
      <EmailChoicesForm choices={choices} />
      <p className="mt-8 text-sm text-slate-600">
        Sign-in links and security e-mails always come at once: they are how you get in.{' '}
        <Link href="/account" className="underline">
          Back to your account
        </Link>
      </p>
    </>
  );
}
