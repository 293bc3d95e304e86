'use client';
import { ServerForm } from '@/components/forms/server-form';
import { FormFooter } from '@/components/forms/form-footer';
import { useServerForm } from '@/components/forms/use-server-form';
import { companySignInSchema } from '@/lib/validation/sign-in';
import { companySignInAction } from '../actions';

/** "Sign in with <company>": off to the company's own sign-in, and back to `next` afterwards. */
export function CompanySignInButton({ company, next }: { company: string; next: string | null }) {
  const { form, formAction, pending } = useServerForm(companySignInAction, companySignInSchema);
  return (
    <ServerForm form={form} action={formAction}>
      {next && <input type="hidden" name="next" value={next} />}
      <FormFooter
        pending={pending}
        errors={form.errors}
        label={`Sign in with ${company}`}
        pendingLabel={`Going to ${company}…`}
      />
    </ServerForm>
  );
}
