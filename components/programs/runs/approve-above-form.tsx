'use client';
import { FormFooter } from '@/components/forms/form-footer';
import { ServerForm } from '@/components/forms/server-form';
import { TextField } from '@/components/forms/text-field';
import { useServerForm, type ServerFormAction } from '@/components/forms/use-server-form';
import { approveAboveSchema } from '@/lib/validation/program';

/** Approves, in one go, every proposal still to review whose fit is at least the one given. */
export function ApproveAboveForm({ runId, action }: { runId: string; action: ServerFormAction }) {
  const { form, fields, formAction, pending } = useServerForm(action, approveAboveSchema, {
    runId,
    minimumFit: '500',
  });
  return (
    <ServerForm form={form} action={formAction}>
      <input type="hidden" name="runId" value={runId} />
      <TextField
        field={fields.minimumFit}
        label="Approve all to review with a fit of at least"
        hint="0 to 1000; 500 and above is a strong fit."
        type="number"
      />
      <FormFooter pending={pending} errors={form.errors} label="Approve these" />
    </ServerForm>
  );
}
