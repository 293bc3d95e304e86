import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AdminsPanel } from '@/components/programs/settings/admins-panel';
import { requireUser } from '@/lib/server/auth/session';
import { findProgramSettings } from '@/lib/server/programs/settings';
import { ArchivePanel } from '@/components/programs/settings/archive-panel';
import { OutsideMentorsForm } from '@/components/programs/settings/outside-mentors-form';
import { WindowForm } from '@/components/programs/settings/window-form';
import { dayValue, dayWords, outsideWindowWords } from '@/lib/core/programs/window';
import {
  addAdminAction,
  archiveProgramAction,
  removeAdminAction,
  setOutsideMentorsAction,
  updateWindowAction,
} from './actions';

export const metadata: Metadata = { title: 'Program settings' };

/** Who runs the program, when it runs, mentors from outside, and archiving it once it is over. */
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
  const outsideWindow = outsideWindowWords(program, new Date());
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
      <section aria-labelledby="window-heading" className="flex flex-col gap-3">
        <h2 id="window-heading" className="text-xl font-semibold">
          Dates
        </h2>
        <p className="text-slate-700">
          Matching runs start and invitations go out only from the first day to the last day of the
          program, both included (days in UTC).
          {outsideWindow && ` ${outsideWindow}`}
        </p>
        {readOnly ? (
          <p>
            {program.startsOn ? `From ${dayWords(program.startsOn)}` : 'No first day'}
            {program.endsOn ? ` to ${dayWords(program.endsOn)}.` : ', no last day.'}
          </p>
        ) : (
          <WindowForm
            programId={program.id}
            startsOn={dayValue(program.startsOn)}
            endsOn={dayValue(program.endsOn)}
            action={updateWindowAction}
          />
        )}
      </section>
      <section aria-labelledby="outside-heading" className="flex flex-col gap-3">
        <h2 id="outside-heading" className="text-xl font-semibold">
          Mentors and coaches from outside
        </h2>
        <p className="text-slate-700">
          Members can invite someone by e-mail who is not on Pathfinder, such as a former manager,
          to be their mentor or coach. Turn it off to keep the program&apos;s mentoring among its
          own people: members can then send no such invitation, and those not yet answered can no
          longer be accepted. Relationships that have started go on.
        </p>
        {readOnly ? (
          <p>{program.allowOutsideMentors ? 'Allowed.' : 'Not allowed.'}</p>
        ) : (
          <OutsideMentorsForm
            programId={program.id}
            allowed={program.allowOutsideMentors}
            action={setOutsideMentorsAction}
          />
        )}
      </section>
      <section aria-labelledby="archive-heading" className="flex flex-col gap-3">
        <h2 id="archive-heading" className="text-xl font-semibold">
          Archive
        </h2>
        <ArchivePanel
          programId={program.id}
          programName={program.name}
          archivedOn={program.archivedAt && dayWords(program.archivedAt)}
          openInvitations={program.openInvitations}
          runUnderWay={program.runUnderWay}
          archive={archiveProgramAction}
        />
      </section>
    </div>
  );
}
