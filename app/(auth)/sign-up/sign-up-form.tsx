'use client';
import { ServerForm } from '@/components/forms/server-form';
import Link from 'next/link';
import { FormFooter } from '@/components/forms/form-footer';
import { TextField } from '@/components/forms/text-field';
import { useServerForm } from '@/components/forms/use-server-form';
import { MIN_PASSWORD_LENGTH } from '@/lib/core/accounts/password-rules';
import { signUpSchema } from '@/lib/validation/accounts';
import { signUpAction } from '../actions';

export function SignUpForm() {
  const { form, fields, formAction, pending } = useServerForm(signUpAction, signUpSchema);
  return (
    <ServerForm form={form} action={formAction}>
      <TextField field={fields.name} label="Your name" autoComplete="name" />
      <TextField field={fields.email} label="Work e-mail" type="email" autoComplete="email" />
      <TextField
        field={fields.password}
        label="Password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${MIN_PASSWORD_LENGTH} characters. A few unrelated words are easy to remember; common passwords and your own name are refused.`}
      />
      <FormFooter
        pending={pending}
        errors={form.errors}
        label="Create account"
        pendingLabel="Creating your account…"
      />
      <p className="text-sm">
        Already have an account? <Link href="/sign-in">Sign in</Link>
      </p>
    </ServerForm>
  );
}
