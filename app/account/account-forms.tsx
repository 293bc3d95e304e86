'use client';
import { ServerForm } from '@/components/forms/server-form';
import { getInputProps } from '@conform-to/react';
import { ConfirmButton } from '@/components/forms/confirm-button';
import { FormFooter } from '@/components/forms/form-footer';
import { TextField } from '@/components/forms/text-field';
import { useServerForm } from '@/components/forms/use-server-form';
import { MIN_PASSWORD_LENGTH } from '@/lib/core/accounts/password-rules';
import {
  changePasswordSchema,
  deleteAccountSchema,
  setPasswordSchema,
} from '@/lib/validation/accounts';
import {
  changePasswordAction,
  deleteAccountAction,
  setPasswordAction,
  signOutEverywhereAction,
} from './actions';

export function ChangePasswordForm() {
  const { form, fields, formAction, pending } = useServerForm(
    changePasswordAction,
    changePasswordSchema,
  );
  return (
    <ServerForm form={form} action={formAction}>
      <TextField
        field={fields.currentPassword}
        label="Current password"
        type="password"
        autoComplete="current-password"
      />
      <TextField
        field={fields.newPassword}
        label="New password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
      />
      <TextField
        field={fields.confirmPassword}
        label="New password again"
        type="password"
        autoComplete="new-password"
      />
      <FormFooter pending={pending} errors={form.errors} label="Change password" />
    </ServerForm>
  );
}

/** A first password, for someone who has signed in only by e-mailed links so far. */
export function SetPasswordForm() {
  const { form, fields, formAction, pending } = useServerForm(setPasswordAction, setPasswordSchema);
  return (
    <ServerForm form={form} action={formAction}>
      <TextField
        field={fields.newPassword}
        label="New password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${MIN_PASSWORD_LENGTH} characters. A short sentence is easy to remember.`}
      />
      <TextField
        field={fields.confirmPassword}
        label="New password again"
        type="password"
        autoComplete="new-password"
      />
      <FormFooter pending={pending} errors={form.errors} label="Choose password" />
    </ServerForm>
  );
}

export function DeleteAccountForm({ hasPassword }: { hasPassword: boolean }) {
  const { form, fields, formAction, pending } = useServerForm(
    deleteAccountAction,
    deleteAccountSchema,
  );
  return (
    <ServerForm form={form} action={formAction}>
      {hasPassword && (
        <TextField
          field={fields.password}
          label="Your password"
          type="password"
          autoComplete="current-password"
        />
      )}
      <div className="flex flex-col gap-1">
        <label className="flex items-center gap-2">
          <input {...getInputProps(fields.confirm, { type: 'checkbox' })} className="size-4" />I
          understand that my profile, career steps and goals will be deleted for good.
        </label>
        {fields.confirm.errors && (
          <p id={fields.confirm.errorId} className="text-sm text-red-700">
            {fields.confirm.errors.join(' ')}
          </p>
        )}
      </div>
      <FormFooter
        pending={pending}
        errors={form.errors}
        label="Delete my account"
        pendingLabel="Deleting…"
      />
    </ServerForm>
  );
}

export function SignOutEverywhereButton() {
  return (
    <ConfirmButton
      action={signOutEverywhereAction}
      fields={{ confirm: 'yes' }}
      label="Sign out everywhere"
      question="This signs you out on every device and browser, this one included. You can sign in again straight away."
      confirmLabel="Yes, sign out everywhere"
    />
  );
}
