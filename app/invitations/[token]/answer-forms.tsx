'use client';
import { ConfirmButton } from '@/components/forms/confirm-button';
import { FormFooter } from '@/components/forms/form-footer';
import { ServerForm } from '@/components/forms/server-form';
import { TextField } from '@/components/forms/text-field';
import { useServerForm } from '@/components/forms/use-server-form';
import { acceptOutsideSchema } from '@/lib/validation/outside-invitation';
import {
  acceptOutsideInvitationAction,
  declineOutsideInvitationAction,
} from '@/app/invitations/actions';

/** Yes, with the name the other person will see: all the profile a guest needs. */
export function AcceptInvitationForm({
  invitationId,
  name,
}: {
  invitationId: string;
  name: string;
}) {
  const { form, fields, formAction, pending } = useServerForm(
    acceptOutsideInvitationAction,
    acceptOutsideSchema,
    { invitationId, name },
  );
  return (
    <ServerForm form={form} action={formAction}>
      <input type="hidden" name="invitationId" value={invitationId} />
      <TextField field={fields.name} label="Your name" autoComplete="name" />
      <FormFooter pending={pending} errors={form.errors} label="Accept" pendingLabel="Accepting…" />
    </ServerForm>
  );
}

/** No, thanks: asked once more, since it cannot be taken back. */
export function DeclineInvitationButton({
  invitationId,
  name,
}: {
  invitationId: string;
  name: string;
}) {
  return (
    <ConfirmButton
      action={declineOutsideInvitationAction}
      fields={{ invitationId }}
      label="Decline"
      question={`Say no to ${name}? They are told you can't take this on right now, nothing more.`}
      confirmLabel="Yes, decline"
    />
  );
}
