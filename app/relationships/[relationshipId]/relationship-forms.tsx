'use client';
import { ChoiceGroup } from '@/components/forms/choice-group';
import { FormFooter } from '@/components/forms/form-footer';
import { ServerForm } from '@/components/forms/server-form';
import { TextField } from '@/components/forms/text-field';
import { useServerForm } from '@/components/forms/use-server-form';
import {
  checkInSchema,
  endRelationshipSchema,
  markActiveSchema,
  MAX_MILESTONES,
} from '@/lib/validation/connection';
import { checkInAction, endRelationshipAction, markActiveAction } from '@/app/connections/actions';

const RATINGS = [
  { value: '1', label: '1 · Not well' },
  { value: '2', label: '2' },
  { value: '3', label: '3 · All right' },
  { value: '4', label: '4' },
  { value: '5', label: '5 · Very well' },
];

export function CheckInForm({
  relationshipId,
  milestonesAhead,
}: {
  relationshipId: string;
  /** Milestones not reached yet, which this check-in can tick off. */
  milestonesAhead: { id: string; text: string }[];
}) {
  const { form, fields, formAction, pending } = useServerForm(checkInAction, checkInSchema, {
    relationshipId,
  });
  return (
    <ServerForm form={form} action={formAction}>
      <input type="hidden" name="relationshipId" value={relationshipId} />
      <TextField field={fields.note} label="What happened, what is next" multiline />
      <ChoiceGroup field={fields.rating} legend="How is it going?" type="radio" options={RATINGS} />
      {milestonesAhead.length > 0 && (
        <ChoiceGroup
          field={fields.milestonesDone}
          legend="Milestones reached since the last check-in"
          type="checkbox"
          options={milestonesAhead.map(({ id, text }) => ({ value: id, label: text }))}
        />
      )}
      <FormFooter pending={pending} errors={form.errors} label="Add check-in" />
    </ServerForm>
  );
}

export function EndForm({ relationshipId, other }: { relationshipId: string; other: string }) {
  const { form, fields, formAction, pending } = useServerForm(
    endRelationshipAction,
    endRelationshipSchema,
    { relationshipId },
  );
  return (
    <ServerForm form={form} action={formAction}>
      <input type="hidden" name="relationshipId" value={relationshipId} />
      <TextField
        field={fields.note}
        label="A note for the program team (optional)"
        hint={`Private: ${other} never sees it.`}
        multiline
      />
      <ChoiceGroup
        field={fields.dontSuggestAgain}
        legend="Afterwards"
        type="checkbox"
        options={[{ value: 'on', label: `Don't suggest ${other} to me again` }]}
      />
      <p className="text-sm text-slate-700">
        {other} is told. Meetings still to come are cancelled in both your calendars.
      </p>
      <FormFooter pending={pending} errors={form.errors} label="End the relationship" />
    </ServerForm>
  );
}

/** Out of the introduction, with what the two agreed to work on. */
export function MarkActiveForm({ relationshipId }: { relationshipId: string }) {
  const { form, fields, formAction, pending } = useServerForm(markActiveAction, markActiveSchema, {
    relationshipId,
  });
  return (
    <ServerForm form={form} action={formAction}>
      <input type="hidden" name="relationshipId" value={relationshipId} />
      <TextField
        field={fields.focus}
        label="What you agreed to work on (optional)"
        hint="In a sentence; you both see it."
      />
      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-medium text-slate-800">
          Milestones on the way (optional, up to {MAX_MILESTONES})
        </legend>
        <p className="text-sm text-slate-600">
          Steps you both can recognise when you reach them; check-ins tick them off.
        </p>
        {Array.from({ length: MAX_MILESTONES }, (_, index) => (
          <label key={index} className="flex items-center gap-2 text-sm text-slate-800">
            <span className="w-24 shrink-0">Milestone {index + 1}</span>
            <input
              name={`${fields.milestones.name}[${index}]`}
              maxLength={200}
              dir="auto"
              className="flex-1 rounded-md border border-slate-400 px-3 py-1.5 text-slate-900"
            />
          </label>
        ))}
      </fieldset>
      <FormFooter pending={pending} errors={form.errors} label="We have met: mark as under way" />
    </ServerForm>
  );
}
