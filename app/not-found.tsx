import Link from 'next/link';
import { PageHeading } from '@/components/layout/page-heading';

export default function NotFound() {
  return (
    <>
      <PageHeading title="Not found">There is nothing here, or it is not yours to see.</PageHeading>
      <Link href="/">Go to the start page</Link>
    </>
  );
}
