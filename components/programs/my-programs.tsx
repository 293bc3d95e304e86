/**
 * The programs someone is in, on their account page, each with a way to leave it (after a
 * confirmation that says what leaving does).
 */
import { ConfirmButton } from '@/components/forms/confirm-button';
import type { ServerFormAction } from '@/components/forms/use-server-form';

export function MyPrograms(props: {
  programs: { id: string; name: string; archived: boolean }[];
  leave: ServerFormAction;
}) {
  const { programs, leave } = props;
  if (programs.length === 0)
    return (
      <p className="text-slate-700">
        You are not in any program. A program’s admins send an invitation link to join.
      </p>
    );
  return (
    <ul className="flex flex-col gap-3" data-testid="my-programs">
      {programs.map((program) => (
        <li key={program.id} className="flex flex-col gap-2">
          <span dir="auto">
            {program.name}
            {program.archived && <span className="text-sm text-slate-700"> · archived</span>}
          </span>
          <ConfirmButton
            action={leave}
            fields={{ programId: program.id }}
            label="Leave"
            context={program.name}
            question={`Leave ${program.name}? Its admins will no longer see or change your profile and goals through it, and its open invitations to you are withdrawn. Relationships already under way go on.`}
            confirmLabel="Yes, leave"
          />
        </li>
      ))}
    </ul>
  );
}
