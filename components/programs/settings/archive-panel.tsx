/**
 * Archiving the program: what it means, then a confirmation. Once archived, the date it was
 * archived instead.
 */
import { ConfirmButton } from '@/components/forms/confirm-button';
import type { ServerFormAction } from '@/components/forms/use-server-form';

export function ArchivePanel(props: {
  programId: string;
  programName: string;
  archivedOn: string | null;
  openInvitations: number;
  runUnderWay: boolean;
  archive: ServerFormAction;
}) {
  const { programId, programName, archivedOn, openInvitations, runUnderWay, archive } = props;
  if (archivedOn)
    return (
      <p data-testid="archived">
        Archived on {archivedOn}. Everything in it can still be read and downloaded; nothing can
        change.
      </p>
    );
  const invitations =
    openInvitations === 0
      ? ''
      : ` Its ${openInvitations === 1 ? 'open invitation stays' : `${openInvitations} open invitations stay`} open: the people asked may still say yes.`;
  return (
    <div className="flex flex-col gap-3">
      <p className="text-slate-700">
        Once a program is over, archive it: it becomes read-only (no runs, imports, decisions,
        publishing or changes to its settings) and leaves the list of programs. Its admins can still
        open it among the archived programs. This cannot be undone here.
      </p>
      {runUnderWay ? (
        <p>A matching run is under way. Wait for it to finish, or cancel it, to archive.</p>
      ) : (
        <ConfirmButton
          action={archive}
          fields={{ programId }}
          label="Archive this program"
          question={`Archive ${programName}? It becomes read-only for good.${invitations}`}
          confirmLabel="Yes, archive"
        />
      )}
    </div>
  );
}
