'use client';
import { FormFooter } from '@/components/forms/form-footer';
import { ServerForm } from '@/components/forms/server-form';
import { TextField } from '@/components/forms/text-field';
import { useServerForm, type ServerFormAction } from '@/components/forms/use-server-form';
import { approveAboveSchema, rejectBelowSchema } from '@/lib/validation/program';

const BANDS = {
  'approve-above': {
    schema: approveAboveSchema,
    field: 'minimumFit',
    start: '750',
    label: 'Approve all to review with a fit of at least',
    verb: 'Approve',
    verbs: 'approves',
    within: (score: number, fit: number) => score >= fit,
  },
  'reject-below': {
    schema: rejectBelowSchema,
    field: 'fitBelow',
    start: '250',
    label: 'Reject all to review with a fit below',
    verb: 'Reject',
    verbs: 'rejects',
    within: (score: number, fit: number) => score < fit,
  },
} as const;

/**
 * Approves (or rejects), in one go, every proposal still to review above (or below) the fit
 * given. The button says how many that is, as the fit is typed, so nobody approves or rejects
 * two hundred by surprise.
 */
export function FitBandForm({
  band,
  runId,
  action,
  scoresToReview,
}: {
  band: keyof typeof BANDS;
  runId: string;
  action: ServerFormAction;
  /** The fits of the proposals still to review. */
  scoresToReview: number[];
}) {
  const words = BANDS[band];
  const { form, fields, formAction, pending } = useServerForm(action, words.schema, {
    runId,
    [words.field]: words.start,
  });
  const field = band === 'approve-above' ? fields.minimumFit : fields.fitBelow;
  const typed = Number(field.value ?? words.start);
  const count = Number.isFinite(typed)
    ? scoresToReview.filter((score) => words.within(score, typed)).length
    : 0;
  return (
    <ServerForm form={form} action={formAction}>
      <input type="hidden" name="runId" value={runId} />
      <TextField
        field={field}
        label={words.label}
        hint="0 to 1000; 750 and above is an excellent fit, 500 and above a strong one."
        type="number"
      />
      <p className="text-sm" aria-live="polite" data-testid={`${band}-count`}>
        {count === 0
          ? 'No proposal still to review has that fit.'
          : `This ${words.verbs} ${count} proposal${count === 1 ? '' : 's'} still to review.`}
      </p>
      <FormFooter
        pending={pending}
        errors={form.errors}
        label={count === 0 ? `${words.verb} none` : `${words.verb} ${count}`}
      />
    </ServerForm>
  );
}
