'use client';
import { FormFooter } from '@/components/forms/form-footer';
import { ServerForm } from '@/components/forms/server-form';
import { TextField } from '@/components/forms/text-field';
import { useServerForm } from '@/components/forms/use-server-form';
import { sendRequestSchema } from '@/lib/validation/connection';
import { sendRequestAction } from '@/app/connections/actions';

/** Asking one suggested person: a short note saying which goal and why them. */
export function AskForm(props: {
  goalId: string;
  personId: string;
  personName: string;
  kind: 'MENTOR' | 'COACH';
}) {
  const { goalId, personId, personName, kind } = props;
  const { form, fields, formAction, pending } = useServerForm(
    sendRequestAction,
    sendRequestSchema,
    { goalId, personId, kind },
  );
  return (
    <ServerForm form={form} action={formAction}>
      <input type="hidden" name="goalId" value={goalId} />
      <input type="hidden" name="personId" value={personId} />
      <input type="hidden" name="kind" value={kind} />
      <TextField
        field={fields.note}
        label={`Your note to ${personName}`}
        hint="Which goal, and why you would like them in particular."
        multiline
      />
      <FormFooter
        pending={pending}
        errors={form.errors}
        label="Send request"
        pendingLabel="Sending…"
      />
    </ServerForm>
  );
}
