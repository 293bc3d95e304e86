'use client';
import { ServerForm } from '@/components/forms/server-form';
import { FormFooter } from '@/components/forms/form-footer';
import { TextField } from '@/components/forms/text-field';
import { useServerForm } from '@/components/forms/use-server-form';
import { linkRequestSchema } from '@/lib/validation/sign-in';
import { signInLinkAction } from '../actions';

/** For people without a password (a program made their account) or who forgot it. */
export function SignInLinkForm({ next }: { next: string | null }) {
  const { form, fields, formAction, pending } = useServerForm(signInLinkAction, linkRequestSchema);
  return (
    <ServerForm form={form} action={formAction}>
      {next && <input type="hidden" name="next" value={next} />}
      <TextField
        field={fields.email}
        label="E-mail for the link"
        type="email"
        autoComplete="email"
        hint="We e-mail you a link that signs you in once, within 30 minutes. No password needed."
      />
      <FormFooter
        pending={pending}
        errors={form.errors}
        label="E-mail me a sign-in link"
        pendingLabel="Sending…"
      />
    </ServerForm>
  );
}
