import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeading } from '@/components/layout/page-heading';

export const metadata: Metadata = { title: 'Confirm your e-mail' };

/** The same page for every address: only the e-mail says whether it had an account already. */
export default function CheckEmailPage() {
  return (
    <>
      <PageHeading title="Confirm your e-mail">
        We have sent an e-mail to the address you gave. Follow its link within 30 minutes to finish:
        it proves the address is yours, and then you can tell us about yourself.
      </PageHeading>
      <p className="mb-2">
        Nothing after a few minutes? Look in your spam folder, or{' '}
        <Link href="/sign-up">sign up again</Link> with the right address.
      </p>
    </>
  );
}
