'use client';
import { getInputProps } from '@conform-to/react';
import { FormFooter } from '@/components/forms/form-footer';
import { ServerForm } from '@/components/forms/server-form';
import { TextField } from '@/components/forms/text-field';
import { useServerForm, type ServerFormAction } from '@/components/forms/use-server-form';
import { updatePolicySchema, type ProgramPolicy } from '@/lib/validation/program';
import { PolicyPreviewPanel, type PolicyPreviewAction } from './policy-preview';

const WEIGHT_LABELS = {
  beenThere: 'Has lived the step (mentoring)',
  coachingAreas: 'Coaches on what the goal needs (coaching)',
  topics: 'Shared topics',
  crossFunction: 'From another function',
  crossOrganisation: 'From another organisation',
  timezone: 'Close time zones',
} as const;

/**
 * The program's policy: how fit is weighed, and the request rules its invitations follow.
 * The weights can be previewed on a few of the program's goals before they are saved.
 */
export function PolicyForm({
  programId,
  policy,
  action,
  previewAction,
}: {
  programId: string;
  policy: ProgramPolicy;
  action: ServerFormAction;
  previewAction: PolicyPreviewAction;
}) {
  // A form holds text: the numbers go in as their digits.
  const text = (value: number) => String(value);
  const { form, fields, formAction, pending } = useServerForm(action, updatePolicySchema, {
    programId,
    weights: Object.fromEntries(
      Object.entries(policy.weights).map(([key, value]) => [key, text(value)]),
    ),
    openRequestCap: text(policy.openRequestCap),
    remindAfterDays: text(policy.remindAfterDays),
    expireAfterDays: text(policy.expireAfterDays),
    defaultCapacity: text(policy.defaultCapacity),
    allowCrossOrganisation: policy.allowCrossOrganisation ? 'on' : undefined,
  });
  const weights = fields.weights.getFieldset();
  return (
    <ServerForm form={form} action={formAction}>
      <input type="hidden" name="programId" value={programId} />
      <fieldset
        className="grid gap-4 sm:grid-cols-3"
        aria-describedby={fields.weights.errors?.length ? fields.weights.errorId : undefined}
      >
        <legend className="mb-2 font-medium">Fit weights (0-100, relative to each other)</legend>
        {(Object.keys(WEIGHT_LABELS) as (keyof typeof WEIGHT_LABELS)[]).map((key) => (
          <TextField key={key} field={weights[key]} label={WEIGHT_LABELS[key]} type="number" />
        ))}
        {fields.weights.errors?.length ? (
          <p id={fields.weights.errorId} className="text-sm text-red-700 sm:col-span-3">
            {fields.weights.errors.join(' ')}
          </p>
        ) : null}
      </fieldset>
      <PolicyPreviewPanel action={previewAction} onPreview={() => form.validate()} />
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 font-medium">Requests and capacity</legend>
        <TextField field={fields.openRequestCap} label="Open requests per person" type="number" />
        <TextField field={fields.defaultCapacity} label="Default capacity" type="number" />
        <TextField field={fields.remindAfterDays} label="Days before a reminder" type="number" />
        <TextField
          field={fields.expireAfterDays}
          label="Days before a request expires"
          type="number"
        />
      </fieldset>
      <div className="flex items-center gap-2">
        <input
          {...getInputProps(fields.allowCrossOrganisation, { type: 'checkbox' })}
          className="h-4 w-4"
        />
        <label htmlFor={fields.allowCrossOrganisation.id}>Allow pairs across organisations</label>
      </div>
      <FormFooter pending={pending} errors={form.errors} label="Save policy" />
    </ServerForm>
  );
}
