'use client';
import { ConfirmButton } from '@/components/forms/confirm-button';
import { disableAccountAction, enableAccountAction } from './actions';

type Account = { id: string; name: string; email: string; disabled: boolean };

/** Disable or enable one account, each after a question that says what it does. */
export function AccountButton({ account, query }: { account: Account; query: string }) {
  const fields = { userId: account.id, query };
  return account.disabled ? (
    <ConfirmButton
      action={enableAccountAction}
      fields={fields}
      label="Enable"
      context={account.name}
      question={`Enable ${account.name}? They can sign in again.`}
      confirmLabel={`Yes, enable ${account.name}`}
    />
  ) : (
    <ConfirmButton
      action={disableAccountAction}
      fields={fields}
      label="Disable"
      context={account.name}
      question={`Disable ${account.name}? They are signed out everywhere at once and cannot sign in until the account is enabled again.`}
      confirmLabel={`Yes, disable ${account.name}`}
    />
  );
}
