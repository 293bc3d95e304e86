import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActionButton } from '@/components/forms/action-button';
import { PageHeading } from '@/components/layout/page-heading';
import { requireMember } from '@/lib/server/auth/session';
import { findProgramToJoin } from '@/lib/server/programs/join';
import { joinProgramAction, leaveProgramAction } from '@/app/programs/actions';
import { ConfirmButton } from '@/components/forms/confirm-button';
import { Notice } from '@/components/layout/notice';

export const metadata: Metadata = { title: 'Join a program' };

/** Where a program's invitation link lands: who runs what, and one button to join. */
export default async function JoinPage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: Promise<{ left?: string | string[] }>;
}) {
  const [{ code }, { left }] = await Promise.all([params, searchParams]);
  const actor = await requireMember();
  const program = await findProgramToJoin({ actor, code });
  if (!program) notFound();
  return (
    <>
      <PageHeading title={program.name}>
        A mentoring and coaching program. Its admins match people with goals to people who can help;
        nothing starts unless both say yes.
      </PageHeading>
      {program.description && <p className="mb-6 whitespace-pre-line">{program.description}</p>}
      {left === '1' && !program.joined && (
        <Notice>You have left {program.name}. Its open invitations to you are withdrawn.</Notice>
      )}
      {program.joined ? (
        <div className="flex flex-col gap-4">
          <p role="status" data-testid="joined">
            You are in this program. Keep <Link href="/profile">your profile</Link> and{' '}
            <Link href="/goals">your goals</Link> up to date: they are what matching reads.
          </p>
          <ConfirmButton
            action={leaveProgramAction}
            fields={{ programId: program.id, code }}
            label="Leave this program"
            question={`Leave ${program.name}? Its admins will no longer see or change your profile and goals through it, and its open invitations to you are withdrawn. Relationships already under way go on.`}
            confirmLabel="Yes, leave"
          />
        </div>
      ) : program.archived ? (
        <p>This program is archived: it no longer takes new members.</p>
      ) : (
        <>
          <section
            aria-labelledby="admin-powers"
            className="mb-4 rounded-lg border border-amber-300 bg-amber-50 p-4"
            data-testid="admin-powers"
          >
            <h2 id="admin-powers" className="mb-1 font-semibold">
              What joining lets the program’s admins do
            </h2>
            <ul className="list-disc pl-5 text-sm text-slate-800">
              <li>
                Read your profile, career steps and goals, including goals you share with no one
                else.
              </li>
              <li>
                Update your profile, career steps and goals for you, for instance from a file they
                import.
              </li>
              <li>
                Propose mentors and coaches for your goals, and you to people you could help;
                nothing starts unless both say yes.
              </li>
            </ul>
            <p className="mt-2 text-sm text-slate-800">
              You can leave the program at any time, here or on your account page.
            </p>
          </section>
          <ActionButton
            action={joinProgramAction}
            fields={{ code }}
            label={`Join ${program.name}`}
            tone="primary"
          />
        </>
      )}
    </>
  );
}
