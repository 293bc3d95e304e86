'use client';
import { ServerForm } from '@/components/forms/server-form';
import { ChoiceGroup } from '@/components/forms/choice-group';
import { FormFooter } from '@/components/forms/form-footer';
import { useServerForm } from '@/components/forms/use-server-form';
import { helpChoiceSchema } from '@/lib/validation/goal';
import { chooseHelpKindAction } from '../actions';

const options = [
  { value: 'RECOMMENDED', label: 'Go with the suggestion' },
  { value: 'MENTOR', label: 'A mentor' },
  { value: 'COACH', label: 'A coach' },
  { value: 'BOTH', label: 'Both' },
];

/** The person decides: the suggestion is advice, and their choice is what matching uses. */
export function HelpChoiceForm({ goalId, chosen }: { goalId: string; chosen: string | null }) {
  const { form, fields, formAction, pending } = useServerForm(
    chooseHelpKindAction,
    helpChoiceSchema,
    {
      goalId,
      choice: chosen ?? 'RECOMMENDED',
    },
  );
  return (
    <ServerForm form={form} action={formAction}>
      <input type="hidden" name="goalId" value={goalId} />
      <ChoiceGroup
        field={fields.choice}
        legend="Who would you like to find?"
        type="radio"
        options={options}
      />
      <FormFooter pending={pending} errors={form.errors} label="Save my choice" />
    </ServerForm>
  );
}
