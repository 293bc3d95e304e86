'use client';
import { FormFooter } from '@/components/forms/form-footer';
import { ServerForm } from '@/components/forms/server-form';
import { TextField } from '@/components/forms/text-field';
import { useServerForm, type ServerFormAction } from '@/components/forms/use-server-form';
import { approveAboveSchema } from '@/lib/validation/program';

/**
 * Approves, in one go, every proposal still to review whose fit is at least the one given. The
 * button says how many that is, as the fit is typed, so nobody approves two hundred by surprise.
 */
export function ApproveAboveForm({
  runId,
  action,
  scoresToReview,
}: {
  runId: string;
  action: ServerFormAction;
  /** The fits of the proposals still to review. */
  scoresToReview: number[];
}) {
  const { form, fields, formAction, pending } = useServerForm(action, approveAboveSchema, {
    runId,
    minimumFit: '750',
  });
  const typed = Number(fields.minimumFit.value ?? '750');
  const count = Number.isFinite(typed)
    ? scoresToReview.filter((score) => score >= typed).length
    : 0;
  return (
    <ServerForm form={form} action={formAction}>
      <input type="hidden" name="runId" value={runId} />
      <TextField
        field={fields.minimumFit}
        label="Approve all to review with a fit of at least"
        hint="0 to 1000; 750 and above is an excellent fit, 500 and above a strong one."
        type="number"
      />
      <p className="text-sm" aria-live="polite" data-testid="approve-above-count">
        {count === 0
          ? 'No proposal still to review has that fit.'
          : `This approves ${count} proposal${count === 1 ? '' : 's'} still to review.`}
      </p>
      <FormFooter
        pending={pending}
        errors={form.errors}
        label={count === 0 ? 'Approve none' : `Approve ${count}`}
      />
    </ServerForm>
  );
}
