import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ImportPanel } from '@/components/programs/import/import-panel';
import { MembersTable } from '@/components/programs/import/members-table';
import { requireUser } from '@/lib/server/auth/session';
import { listProgramMembers, MEMBERS_PAGE_SIZE } from '@/lib/server/programs/import/members';
import { findProgramName } from '@/lib/server/programs/programs';
import { importPeopleAction, removeMemberAction, resendInvitationAction } from './actions';

export const metadata: Metadata = { title: 'Program people' };

export default async function ProgramPeoplePage({
  params,
  searchParams,
}: {
  params: Promise<{ programId: string }>;
  searchParams: Promise<{ page?: string }>;
}) {
  const [{ programId }, { page: pageParam }, actor] = await Promise.all([
    params,
    searchParams,
    requireUser(),
  ]);
  const program = await findProgramName({ actor, programId });
  if (!program) notFound();
  const archived = program.archivedAt !== null;
  const page = Math.max(1, Math.floor(Number(pageParam)) || 1);
  const { members, total } = await listProgramMembers({ actor, programId, page });
  const base = `/programs/${programId}/people`;
  return (
    <div className="flex flex-col gap-10">
      <section aria-labelledby="import-heading" className="flex flex-col gap-3">
        <h2 id="import-heading" className="text-xl font-semibold">
          Import people
        </h2>
        <p className="text-slate-700">
          Enrol a cohort from a file. The preview shows who would be added or updated and every
          problem, line by line; nothing is written until you import, and a file with any problem is
          refused whole.
        </p>
        {archived ? (
          <p>The program is archived: no one can be imported or removed any more.</p>
        ) : (
          <ImportPanel programId={programId} action={importPeopleAction} />
        )}
      </section>
      <section aria-labelledby="members-heading" className="flex flex-col gap-3">
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <h2 id="members-heading" className="text-xl font-semibold">
            Members
          </h2>
          <p className="flex gap-4 text-sm">
            <a href={`${base}/export.json`} download>
              Download JSON
            </a>
            <a href={`${base}/export.csv`} download>
              Download CSV
            </a>
          </p>
        </div>
        <MembersTable
          members={members}
          total={total}
          page={page}
          pageSize={MEMBERS_PAGE_SIZE}
          href={(to) => `${base}?page=${to}`}
          programId={programId}
          resend={resendInvitationAction}
          remove={archived ? undefined : removeMemberAction}
        />
      </section>
    </div>
  );
}
