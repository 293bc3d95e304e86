import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActionButton } from '@/components/forms/action-button';
import { PageHeading } from '@/components/layout/page-heading';
import { requireUser } from '@/lib/server/auth/session';
import { findProgramToJoin } from '@/lib/server/programs/join';
import { joinProgramAction } from '@/app/programs/actions';

export const metadata: Metadata = { title: 'Join a program' };

/** Where a program's invitation link lands: who runs what, and one button to join. */
export default async function JoinPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const actor = await requireUser();
  const program = await findProgramToJoin({ actor, code });
  if (!program) notFound();
  return (
    <>
      <PageHeading title={program.name}>
        A mentoring and coaching program. Its admins match people with goals to people who can help;
        nothing starts unless both say yes.
      </PageHeading>
      {program.description && <p className="mb-6 whitespace-pre-line">{program.description}</p>}
      {program.joined ? (
        <p role="status" data-testid="joined">
          You are in this program. Keep <Link href="/profile">your profile</Link> and{' '}
          <Link href="/goals">your goals</Link> up to date: they are what matching reads.
        </p>
      ) : (
        <ActionButton
          action={joinProgramAction}
          fields={{ code }}
          label={`Join ${program.name}`}
          tone="primary"
        />
      )}
    </>
  );
}
