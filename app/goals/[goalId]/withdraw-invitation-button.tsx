'use client';
import { ConfirmButton } from '@/components/forms/confirm-button';
import { withdrawOutsideInvitationAction } from '@/app/invitations/actions';

/** Withdrawing asks first: the link in their e-mail stops working for this invitation. */
export function WithdrawInvitationButton({
  invitationId,
  email,
}: {
  invitationId: string;
  email: string;
}) {
  return (
    <ConfirmButton
      action={withdrawOutsideInvitationAction}
      fields={{ invitationId }}
      label="Withdraw"
      context={`the invitation to ${email}`}
      question={`Withdraw the invitation to ${email}? Their link will show it as withdrawn.`}
      confirmLabel="Yes, withdraw it"
    />
  );
}
