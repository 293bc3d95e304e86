'use client';
/** The guide's two forms: the coach's pick of questions, and turning the guide off or on. */
import { FormFooter } from '@/components/forms/form-footer';
import { ServerForm } from '@/components/forms/server-form';
import { useServerForm } from '@/components/forms/use-server-form';
import { pickGuideQuestionsSchema, setGuidesOnSchema } from '@/lib/validation/guides';
import { pickGuideQuestionsAction, setGuidesOnAction } from '../actions';

interface Question {
  id: string;
  text: string;
}

export function PickQuestionsForm({
  relationshipId,
  sets,
  picked,
  max,
}: {
  relationshipId: string;
  sets: { area: string; title: string; questions: Question[] }[];
  picked: string[];
  max: number;
}) {
  const { form, fields, formAction, pending } = useServerForm(
    pickGuideQuestionsAction,
    pickGuideQuestionsSchema,
    { relationshipId },
  );
  const fieldErrors = fields.questionIds.errors ?? [];
  return (
    <ServerForm form={form} action={formAction}>
      <input type="hidden" name="relationshipId" value={relationshipId} />
      {sets.map((set) => (
        <fieldset key={set.area} className="rounded border border-slate-200 bg-white p-3">
          <legend className="px-1 font-medium">{set.title}</legend>
          <ul className="flex flex-col gap-1">
            {set.questions.map((question) => (
              <li key={question.id}>
                <label className="flex items-start gap-2">
                  <input
                    type="checkbox"
                    name="questionIds"
                    value={question.id}
                    defaultChecked={picked.includes(question.id)}
                    className="mt-1"
                  />
                  <span>{question.text}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ))}
      <p className="text-sm text-slate-700">
        Tick up to {max} questions for your next meeting; untick all to clear the pick.
      </p>
      {fieldErrors.length > 0 && (
        <p className="text-sm text-red-800" id={`${fields.questionIds.id}-error`}>
          {fieldErrors.join(' ')}
        </p>
      )}
      <FormFooter
        pending={pending}
        errors={form.errors}
        label="Save questions for the next meeting"
        pendingLabel="Saving…"
      />
    </ServerForm>
  );
}

export function GuidesOnForm({ relationshipId, on }: { relationshipId: string; on: boolean }) {
  const { form, formAction, pending } = useServerForm(setGuidesOnAction, setGuidesOnSchema, {
    relationshipId,
  });
  return (
    <ServerForm form={form} action={formAction}>
      <input type="hidden" name="relationshipId" value={relationshipId} />
      <input type="hidden" name="on" value={on ? 'no' : 'yes'} />
      <FormFooter
        pending={pending}
        errors={form.errors}
        label={on ? 'Turn the guide off' : 'Turn the guide back on'}
        pendingLabel="Saving…"
      />
    </ServerForm>
  );
}
