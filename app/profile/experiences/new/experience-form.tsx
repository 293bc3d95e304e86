'use client';
import { ServerForm } from '@/components/forms/server-form';
import { COUNTRY_OPTIONS, LEVEL_OPTIONS } from '@/components/forms/options';
import { FormFooter } from '@/components/forms/form-footer';
import { SelectField } from '@/components/forms/select-field';
import { TextField } from '@/components/forms/text-field';
import { useServerForm } from '@/components/forms/use-server-form';
import { EXPERIENCE_KINDS } from '@/lib/core/profile/experience-kinds';
import { experienceSchema } from '@/lib/validation/profile';
import { addExperienceAction } from '../../actions';

const kindOptions = Object.entries(EXPERIENCE_KINDS).map(([value, label]) => ({ value, label }));

export function ExperienceForm({ functions }: { functions: string[] }) {
  const { form, fields, formAction, pending } = useServerForm(
    addExperienceAction,
    experienceSchema,
  );
  return (
    <ServerForm form={form} action={formAction} spacing="roomy">
      <SelectField
        field={fields.kind}
        label="What kind of step was it?"
        options={kindOptions}
        placeholder="Choose one"
      />
      <TextField field={fields.title} label="Title you held" />
      <SelectField
        field={fields.level}
        label="Level"
        options={LEVEL_OPTIONS}
        placeholder="Choose a level"
      />
      <TextField field={fields.function} label="Function" list="experience-functions" />
      <datalist id="experience-functions">
        {functions.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <TextField field={fields.organisation} label="Organisation" />
      <SelectField
        field={fields.country}
        label="Country"
        options={COUNTRY_OPTIONS}
        placeholder="Choose a country"
      />
      <TextField field={fields.startYear} label="Year it started" type="number" />
      <TextField
        field={fields.endYear}
        label="Year it ended (leave empty if it still goes on)"
        type="number"
      />
      <TextField field={fields.description} label="In one line, what was it like?" />
      <FormFooter pending={pending} errors={form.errors} label="Add career step" />
    </ServerForm>
  );
}
