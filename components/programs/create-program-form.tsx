'use client';
import { FormFooter } from '@/components/forms/form-footer';
import { ServerForm } from '@/components/forms/server-form';
import { TextField } from '@/components/forms/text-field';
import { useServerForm, type ServerFormAction } from '@/components/forms/use-server-form';
import { createProgramSchema } from '@/lib/validation/program';

/** A platform admin starts a program and names the people who will run it. */
export function CreateProgramForm({ action }: { action: ServerFormAction }) {
  const { form, fields, formAction, pending } = useServerForm(action, createProgramSchema);
  return (
    <ServerForm form={form} action={formAction}>
      <TextField field={fields.name} label="Program name" />
      <TextField field={fields.description} label="What it is for" multiline />
      <TextField
        field={fields.adminEmails}
        label="Program admins"
        hint="E-mail addresses of people on the platform, separated by commas."
      />
      <FormFooter
        pending={pending}
        errors={form.errors}
        label="Create program"
        pendingLabel="Creating…"
      />
    </ServerForm>
  );
}
