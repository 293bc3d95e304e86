'use client';
import { ServerForm } from '@/components/forms/server-form';
import { CLARITY_OPTIONS, NEED_OPTIONS } from '@/components/forms/options';
import type { DefaultValue } from '@conform-to/react';
import type { z } from 'zod';
import { ChoiceGroup } from '@/components/forms/choice-group';
import { FormFooter } from '@/components/forms/form-footer';
import { useServerForm } from '@/components/forms/use-server-form';
import { goalAnswersSchema } from '@/lib/validation/goal';
import { answerGoalQuestionsAction } from '../actions';

/** Two optional questions that sharpen the suggestion; the answers outweigh a vague wording. */
export function GoalQuestionsForm({
  defaults,
}: {
  defaults: DefaultValue<z.input<typeof goalAnswersSchema>>;
}) {
  const { form, fields, formAction, pending } = useServerForm(
    answerGoalQuestionsAction,
    goalAnswersSchema,
    defaults,
  );
  return (
    <ServerForm form={form} action={formAction}>
      <input type="hidden" name="goalId" value={defaults?.goalId ?? ''} />
      <ChoiceGroup
        field={fields.clarity}
        legend="How clear are you about where you want to go?"
        type="radio"
        options={CLARITY_OPTIONS}
      />
      <ChoiceGroup
        field={fields.needs}
        legend="What kind of help do you think you need?"
        type="checkbox"
        options={NEED_OPTIONS}
      />
      <FormFooter pending={pending} errors={form.errors} label="Update the suggestion" />
    </ServerForm>
  );
}
