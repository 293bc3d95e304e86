'use client';
import { ServerForm } from '@/components/forms/server-form';
import Link from 'next/link';
import { FormFooter } from '@/components/forms/form-footer';
import { TextField } from '@/components/forms/text-field';
import { useServerForm } from '@/components/forms/use-server-form';
import { signInSchema } from '@/lib/validation/accounts';
import { signInAction } from '../actions';

export function SignInForm() {
  const { form, fields, formAction, pending } = useServerForm(signInAction, signInSchema);
  return (
    <ServerForm form={form} action={formAction}>
      <TextField field={fields.email} label="E-mail" type="email" autoComplete="email" />
      <TextField
        field={fields.password}
        label="Password"
        type="password"
        autoComplete="current-password"
      />
      <FormFooter
        pending={pending}
        errors={form.errors}
        label="Sign in"
        pendingLabel="Signing in…"
      />
      <p className="text-sm">
        New here? <Link href="/sign-up">Create an account</Link>
      </p>
    </ServerForm>
  );
}
