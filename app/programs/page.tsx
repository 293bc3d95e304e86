import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageHeading } from '@/components/layout/page-heading';
import { CreateProgramForm } from '@/components/programs/create-program-form';
import { requireUser } from '@/lib/server/auth/session';
import { listPrograms, runsAnyProgram } from '@/lib/server/programs/programs';
import { createProgramAction } from './actions';

export const metadata: Metadata = { title: 'Programs' };

/** The programs the caller runs; platform admins see all of them and can start one. */
export default async function ProgramsPage() {
  const actor = await requireUser();
  if (!(await runsAnyProgram(actor))) notFound();
  const programs = await listPrograms({ actor });
  return (
    <>
      <PageHeading title="Programs">
        Run matching for a cohort, review what it proposes, and publish invitations.
      </PageHeading>
      {programs.length === 0 ? (
        <p className="mb-8">No programs yet.</p>
      ) : (
        <ul className="mb-8 flex flex-col gap-3">
          {programs.map((program) => (
            <li key={program.id} className="rounded border border-slate-200 bg-white p-3">
              <Link href={`/programs/${program.id}`} className="font-medium">
                {program.name}
              </Link>
              <p className="text-sm text-slate-700">
                {program._count.members} {program._count.members === 1 ? 'person' : 'people'}
                {program.description && ` · ${program.description}`}
              </p>
            </li>
          ))}
        </ul>
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
