'use client';
/**
 * The three closing questions once a relationship has ended. The answers go to the program's
 * admins and teach matching which evidence predicts a good relationship; the other person never
 * reads them.
 */
import { ChoiceGroup } from '@/components/forms/choice-group';
import { FormFooter } from '@/components/forms/form-footer';
import { ServerForm } from '@/components/forms/server-form';
import { TextField } from '@/components/forms/text-field';
import { useServerForm } from '@/components/forms/use-server-form';
import { outcomeSchema } from '@/lib/validation/outcome';
import { recordOutcomeAction } from '@/app/connections/actions';

const HELPED = [
  { value: '1', label: '1 · Not at all' },
  { value: '2', label: '2' },
  { value: '3', label: '3 · Somewhat' },
  { value: '4', label: '4' },
  { value: '5', label: '5 · Very much' },
];

export function ClosingQuestionsForm({
  relationshipId,
  other,
  answered,
}: {
  relationshipId: string;
  other: string;
  answered: { helped: number; wouldRecommend: boolean; adminNote: string } | null;
}) {
  const { form, fields, formAction, pending } = useServerForm(recordOutcomeAction, outcomeSchema, {
    relationshipId,
    ...(answered && {
      helped: String(answered.helped),
      wouldRecommend: answered.wouldRecommend ? 'yes' : 'no',
      adminNote: answered.adminNote,
    }),
  });
  return (
    <ServerForm form={form} action={formAction}>
      <input type="hidden" name="relationshipId" value={relationshipId} />
      <ChoiceGroup
        field={fields.helped}
        legend="Did it help you with the goal?"
        type="radio"
        options={HELPED}
      />
      <ChoiceGroup
        field={fields.wouldRecommend}
        legend={`Would you recommend ${other} to someone with a goal like this?`}
        type="radio"
        options={[
          { value: 'yes', label: 'Yes' },
          { value: 'no', label: 'No' },
        ]}
      />
      <TextField
        field={fields.adminNote}
        label="Anything the program team should know (optional)"
        hint={`Private: ${other} never sees your answers.`}
        multiline
      />
      <FormFooter
        pending={pending}
        errors={form.errors}
        label={answered ? 'Change my answers' : 'Send my answers'}
      />
    </ServerForm>
  );
}
