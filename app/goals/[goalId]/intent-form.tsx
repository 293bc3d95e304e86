'use client';
import type { DefaultValue } from '@conform-to/react';
import type { z } from 'zod';
import { ChoiceGroup } from '@/components/forms/choice-group';
import { FormFooter } from '@/components/forms/form-footer';
import { SelectField } from '@/components/forms/select-field';
import { ServerForm } from '@/components/forms/server-form';
import { TextField } from '@/components/forms/text-field';
import { useServerForm } from '@/components/forms/use-server-form';
import { MOVE_LABELS } from '@/lib/core/goals/intent/move-words';
import { INTENT_MOVES } from '@/lib/core/goals/intent/types';
import { LEVELS } from '@/lib/core/profile/levels';
import { INTENT_FUNCTIONS, intentCorrectionSchema } from '@/lib/validation/goal-intent';
import { correctGoalIntentAction } from '../actions';

const LEVEL_OPTIONS = LEVELS.map(({ level, name }) => ({ value: String(level), label: name }));
const FUNCTION_OPTIONS = INTENT_FUNCTIONS.map((name) => ({ value: name, label: name }));
const MOVE_OPTIONS = INTENT_MOVES.map((move) => ({ value: move, label: MOVE_LABELS[move] }));

/** The person says what their goal is after when our reading missed it; matching then uses it. */
export function IntentForm({
  defaults,
}: {
  defaults: DefaultValue<z.input<typeof intentCorrectionSchema>>;
}) {
  const { form, fields, formAction, pending } = useServerForm(
    correctGoalIntentAction,
    intentCorrectionSchema,
    defaults,
  );
  return (
    <ServerForm form={form} action={formAction}>
      <input type="hidden" name="goalId" value={defaults?.goalId ?? ''} />
      <TextField field={fields.targetTitle} label="The role you are aiming for" />
      <SelectField
        field={fields.targetLevel}
        label="Its level"
        options={LEVEL_OPTIONS}
        placeholder="No particular level"
      />
      <SelectField
        field={fields.targetFunction}
        label="Its function"
        options={FUNCTION_OPTIONS}
        placeholder="The one I am in now"
      />
      <ChoiceGroup
        field={fields.moves}
        legend="The moves it takes"
        type="checkbox"
        options={MOVE_OPTIONS}
      />
      <FormFooter pending={pending} errors={form.errors} label="Save how my goal reads" />
    </ServerForm>
  );
}
