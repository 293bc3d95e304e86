import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageHeading } from '@/components/layout/page-heading';
import { requireMember } from '@/lib/server/auth/session';
import { findProgramWelcome } from '@/lib/server/programs/welcome';

export const metadata: Metadata = { title: 'Welcome' };

function list(names: string[]): string {
  return names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * Where a program's invitation e-mail lands, for someone the program enrolled: what the
 * program is, what it filled in for them, and what happens next.
 */
export default async function WelcomePage({ params }: { params: Promise<{ programId: string }> }) {
  const { programId } = await params;
  const actor = await requireMember();
  const program = await findProgramWelcome({ actor, programId });
  if (!program) notFound();
  return (
    <>
      <PageHeading title={`Welcome to ${program.name}`}>
        {program.admins.length > 0
          ? `${list(program.admins)} run${program.admins.length === 1 ? 's' : ''} this mentoring and coaching program and added you to it.`
          : 'You are a member of this mentoring and coaching program.'}
      </PageHeading>
      {program.description && <p className="mb-6 whitespace-pre-line">{program.description}</p>}
      <ol className="mb-8 flex list-decimal flex-col gap-4 pl-6" aria-label="What to do next">
        <li>
          <Link href="/profile">Check your profile</Link>. The program filled it in from its
          records; matching reads it, so correct anything that is wrong or missing.
        </li>
        <li>
          {program.goals > 0 ? (
            <>
              <Link href="/goals">Look over your goals</Link> ({program.goals}). Each says whether
              it calls for a mentor or a coach, and why.
            </>
          ) : (
            <>
              <Link href="/goals/new">Add a goal</Link>: what you are aiming for. We tell you
              whether it calls for a mentor or a coach.
            </>
          )}
        </li>
        <li>
          When the program matches its cohort, you get an invitation by e-mail and on{' '}
          <Link href="/requests">your requests</Link>. Nothing starts unless both of you say yes.
        </li>
      </ol>
      {!program.hasPassword && (
        <p className="text-slate-700">
          You signed in with a link. To sign in with a password next time,{' '}
          <Link href="/account">choose one on your account page</Link>; links keep working too.
        </p>
      )}
    </>
  );
}
