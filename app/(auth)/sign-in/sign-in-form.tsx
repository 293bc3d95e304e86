'use client';
import { ServerForm } from '@/components/forms/server-form';
import Link from 'next/link';
import { FormFooter } from '@/components/forms/form-footer';
import { TextField } from '@/components/forms/text-field';
import { useServerForm } from '@/components/forms/use-server-form';
import { passwordSignInSchema } from '@/lib/validation/sign-in';
import { signInAction } from '../actions';

/** E-mail and password; `next` is where the person was going before sign-in stopped them. */
export function SignInForm({ next }: { next: string | null }) {
  const { form, fields, formAction, pending } = useServerForm(signInAction, passwordSignInSchema);
  return (
    <ServerForm form={form} action={formAction}>
      {next && <input type="hidden" name="next" value={next} />}
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
