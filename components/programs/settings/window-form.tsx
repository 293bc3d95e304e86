'use client';
/** The program's first and last day; either may be left empty for no limit on that side. */
import { FormFooter } from '@/components/forms/form-footer';
import { ServerForm } from '@/components/forms/server-form';
import { TextField } from '@/components/forms/text-field';
import { useServerForm, type ServerFormAction } from '@/components/forms/use-server-form';
import { programWindowSchema } from '@/lib/validation/program-management';

export function WindowForm(props: {
  programId: string;
  /** YYYY-MM-DD, or empty. */
  startsOn: string;
  endsOn: string;
  action: ServerFormAction;
}) {
  const { programId, startsOn, endsOn, action } = props;
  const { form, fields, formAction, pending } = useServerForm(action, programWindowSchema, {
    startsOn,
    endsOn,
  });
  return (
    <ServerForm form={form} action={formAction}>
      <input type="hidden" name="programId" value={programId} />
      <TextField
        field={fields.startsOn}
        label="First day"
        type="date"
        hint="Empty: open from now on."
      />
      <TextField field={fields.endsOn} label="Last day" type="date" hint="Empty: no end date." />
      {form.status === 'success' && !pending && (
        <p role="status" className="text-sm text-green-800">
          Dates saved.
        </p>
      )}
      <FormFooter pending={pending} errors={form.errors} label="Save dates" />
    </ServerForm>
  );
}
