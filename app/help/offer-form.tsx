'use client';
import { FormFooter } from '@/components/forms/form-footer';
import { ServerForm } from '@/components/forms/server-form';
import { TextField } from '@/components/forms/text-field';
import { useServerForm } from '@/components/forms/use-server-form';
import { sendOfferSchema } from '@/lib/validation/connection';
import { sendOfferAction } from '@/app/connections/actions';

/** Offering help on one goal: the goal's owner decides whether to accept. */
export function OfferForm({ goalId, kind }: { goalId: string; kind: 'MENTOR' | 'COACH' }) {
  const { form, fields, formAction, pending } = useServerForm(sendOfferAction, sendOfferSchema, {
    goalId,
    kind,
  });
  return (
    <ServerForm form={form} action={formAction}>
      <input type="hidden" name="goalId" value={goalId} />
      <input type="hidden" name="kind" value={kind} />
      <TextField
        field={fields.note}
        label="Your note"
        hint="Why you could help with this goal in particular."
        multiline
      />
      <FormFooter
        pending={pending}
        errors={form.errors}
        label="Offer my help"
        pendingLabel="Sending…"
      />
    </ServerForm>
  );
}
