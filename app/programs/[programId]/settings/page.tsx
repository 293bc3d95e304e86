import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AdminsPanel } from '@/components/programs/settings/admins-panel';
import { requireUser } from '@/lib/server/auth/session';
import { findProgramSettings } from '@/lib/server/programs/settings';
import { addAdminAction, removeAdminAction } from './actions';

export const metadata: Metadata = { title: 'Program settings' };

/** Who runs the program, when it runs, and archiving it once it is over. */
export default async function ProgramSettingsPage({
  params,
}: {
  params: Promise<{ programId: string }>;
}) {
  const { programId } = await params;
  const actor = await requireUser();
  const program = await findProgramSettings({ actor, programId });
  if (!program) notFound();
  const readOnly = program.archivedAt !== null;
  return (
    <div className="flex max-w-2xl flex-col gap-10">
      <section aria-labelledby="admins-heading" className="flex flex-col gap-3">
        <h2 id="admins-heading" className="text-xl font-semibold">
          Admins
        </h2>
        <p className="text-slate-700">
          Admins run the program: its people, matching runs, invitations and settings.
        </p>
        <AdminsPanel
          programId={program.id}
          admins={program.admins}
          viewerId={actor.id}
          addsAnyone={actor.isPlatformAdmin}
          readOnly={readOnly}
          add={addAdminAction}
          remove={removeAdminAction}
        />
      </section>
    </div>
  );
}
