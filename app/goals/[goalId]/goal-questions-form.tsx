'use client';
import type { DefaultValue } from '@conform-to/react';
import type { z } from 'zod';
import { ChoiceGroup } from '@/components/forms/choice-group';
import { FormFooter } from '@/components/forms/form-footer';
import { useServerForm } from '@/components/forms/use-server-form';
import { GOAL_NEEDS, NEED_LABELS } from '@/lib/core/goals/needs';
import { goalAnswersSchema } from '@/lib/validation/goal';
import { answerGoalQuestionsAction } from '../actions';

const clarityOptions = [
  { value: 'CLEAR', label: 'I know where I want to go' },
  { value: 'EXPLORING', label: 'I am still exploring' },
];
const needOptions = GOAL_NEEDS.map((need) => ({ value: need, label: NEED_LABELS[need] }));

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
    <form
      id={form.id}
      onSubmit={form.onSubmit}
      action={formAction}
      noValidate
      className="flex flex-col gap-4"
    >
      <input type="hidden" name="goalId" value={defaults?.goalId ?? ''} />
      <ChoiceGroup
        field={fields.clarity}
        legend="How clear are you about where you want to go?"
        type="radio"
        options={clarityOptions}
      />
      <ChoiceGroup
        field={fields.needs}
        legend="What kind of help do you think you need?"
        type="checkbox"
        options={needOptions}
      />
      <FormFooter pending={pending} errors={form.errors} label="Update the suggestion" />
    </form>
  );
}
