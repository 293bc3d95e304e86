'use client';
/** Whether the program's members may invite a mentor or coach from outside, by e-mail. */
import { getInputProps } from '@conform-to/react';
import { FormFooter } from '@/components/forms/form-footer';
import { ServerForm } from '@/components/forms/server-form';
import { useServerForm, type ServerFormAction } from '@/components/forms/use-server-form';
import { outsideMentorsSchema } from '@/lib/validation/program-management';

export function OutsideMentorsForm(props: {
  programId: string;
  allowed: boolean;
  action: ServerFormAction;
}) {
  const { programId, allowed, action } = props;
  const { form, fields, formAction, pending } = useServerForm(action, outsideMentorsSchema, {
    allowOutsideMentors: allowed ? 'on' : undefined,
  });
  return (
    <ServerForm form={form} action={formAction}>
      <input type="hidden" name="programId" value={programId} />
      <div className="flex items-center gap-2">
        <input
          {...getInputProps(fields.allowOutsideMentors, { type: 'checkbox' })}
          className="size-4 accent-indigo-700"
        />
        <label htmlFor={fields.allowOutsideMentors.id}>
          Members may invite a mentor or coach from outside
        </label>
      </div>
      {form.status === 'success' && !pending && (
        <p role="status" className="text-sm text-green-800">
          Saved.
        </p>
      )}
      <FormFooter pending={pending} errors={form.errors} label="Save" />
    </ServerForm>
  );
}
