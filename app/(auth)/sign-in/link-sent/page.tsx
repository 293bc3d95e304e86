import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeading } from '@/components/layout/page-heading';

export const metadata: Metadata = { title: 'Check your e-mail' };

/** The same page for every address: only the e-mail says whether there is an account. */
export default function LinkSentPage() {
  return (
    <>
      <PageHeading title="Check your e-mail">
        We have sent an e-mail to the address you gave. If it has a Pathfinder account, the e-mail
        holds a link that signs you in; it works once, within 30 minutes.
      </PageHeading>
      <p className="mb-2">
        Nothing after a few minutes? Look in your spam folder, or check the address.
      </p>
      <p>
        <Link href="/sign-in">Back to sign-in</Link>
      </p>
    </>
  );
}
