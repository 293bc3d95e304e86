import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageHeading } from '@/components/layout/page-heading';
import { CreateProgramForm } from '@/components/programs/create-program-form';
import { requireMember } from '@/lib/server/auth/session';
import { Notice } from '@/components/layout/notice';
import { ProgramList } from '@/components/programs/program-list';
import {
  countArchivedPrograms,
  listPrograms,
  runsAnyProgram,
} from '@/lib/server/programs/programs';
import { createProgramAction } from './actions';

export const metadata: Metadata = { title: 'Programs' };

/** The programs the caller runs; platform admins see all of them and can start one. */
export default async function ProgramsPage({
  searchParams,
}: {
  searchParams: Promise<{ archived?: string | string[]; left?: string | string[] }>;
}) {
  const actor = await requireMember();
  const { archived: archivedParam, left } = await searchParams;
  if (!(await runsAnyProgram(actor))) notFound();
  const archived = archivedParam === '1';
  const [programs, archivedCount] = await Promise.all([
    listPrograms({ actor, archived }),
    countArchivedPrograms({ actor }),
  ]);
  if (archived)
    return (
      <>
        <PageHeading title="Archived programs">
          Programs that are over. They are read-only: open one to read or download what it holds.
        </PageHeading>
        <p className="mb-6">
          <Link href="/programs">Back to the current programs</Link>
        </p>
        <ProgramList programs={programs} empty="No archived programs." />
      </>
    );
  return (
    <>
      <PageHeading title="Programs">
        Run matching for a cohort, review what it proposes, and publish invitations.
      </PageHeading>
      {left === '1' && <Notice>You are no longer an admin of that program.</Notice>}
      <ProgramList programs={programs} empty="No programs yet." />
      {archivedCount > 0 && (
        <p className="mb-8">
          <Link href="/programs?archived=1">
            Archived programs ({archivedCount.toLocaleString('en')})
          </Link>
        </p>
      )}
      {actor.isPlatformAdmin && (
        <section aria-labelledby="new-program">
          <h2 id="new-program" className="mb-3 text-lg font-semibold">
            New program
          </h2>
          <CreateProgramForm action={createProgramAction} />
        </section>
      )}
    </>
  );
}
