'use client';
import { ServerForm } from '@/components/forms/server-form';
import { CLARITY_OPTIONS, LEVEL_OPTIONS, NEED_OPTIONS } from '@/components/forms/options';
import type { DefaultValue } from '@conform-to/react';
import type { z } from 'zod';
import { ChoiceGroup } from '@/components/forms/choice-group';
import { FormFooter } from '@/components/forms/form-footer';
import { SelectField } from '@/components/forms/select-field';
import { TextField } from '@/components/forms/text-field';
import { useServerForm } from '@/components/forms/use-server-form';
import { GOAL_VISIBILITY, GOAL_VISIBILITY_IDS } from '@/lib/core/goals/visibility';
import { GOAL_HORIZONS, goalIdSchema, goalSchema } from '@/lib/validation/goal';
import { createGoalAction, updateGoalAction } from './actions';

const editSchema = goalSchema.extend(goalIdSchema.shape);
export type GoalDefaults = DefaultValue<z.input<typeof editSchema>>;

const visibilityOptions = GOAL_VISIBILITY_IDS.map((id) => ({
  value: id,
  label: GOAL_VISIBILITY[id].choice,
}));
const horizonOptions = Object.entries(GOAL_HORIZONS).map(([value, label]) => ({ value, label }));

/** One form for writing and for editing a goal; editing carries the goal's id. */
export function GoalForm({ defaults, goalId }: { defaults?: GoalDefaults; goalId?: string }) {
  const { form, fields, formAction, pending } = useServerForm(
    goalId ? updateGoalAction : createGoalAction,
    goalId ? editSchema : goalSchema,
    { visibility: 'MATCHING_SUPPORTERS', ...defaults },
  );
  return (
    <ServerForm form={form} action={formAction} spacing="roomy">
      {goalId && <input type="hidden" name="goalId" value={goalId} />}
      <TextField
        field={fields.statement}
        label="Your goal, in your own words"
        hint="Where do you want to be, and what is in the way? Write it as you would say it to a friend."
        multiline
      />
      <TextField
        field={fields.targetTitle}
        label="Target role (optional)"
        hint="For example: Head of Finance."
      />
      <SelectField
        field={fields.targetLevel}
        label="Target level (optional)"
        options={LEVEL_OPTIONS}
        placeholder="No particular level"
      />
      <SelectField
        field={fields.horizon}
        label="When (optional)"
        options={horizonOptions}
        placeholder="No particular time"
      />
      <ChoiceGroup
        field={fields.clarity}
        legend="How clear are you about it? (optional)"
        type="radio"
        options={CLARITY_OPTIONS}
      />
      <ChoiceGroup
        field={fields.needs}
        legend="What kind of help do you think you need? (optional)"
        hint="Tick any that fit."
        type="checkbox"
        options={NEED_OPTIONS}
      />
      <ChoiceGroup
        field={fields.visibility}
        legend="Who can see this goal?"
        hint="With the first, mentors and coaches it suits read your words, but not your name or job title, and can offer to help. Either way, a person you ask reads it with your request, and the admins of a program you take part in read it when they pair people."
        type="radio"
        options={visibilityOptions}
      />
      <FormFooter
        pending={pending}
        errors={form.errors}
        label={goalId ? 'Save goal' : 'Add goal'}
      />
    </ServerForm>
  );
}
