'use client';
import { useEffect, useRef } from 'react';
import { ServerForm } from '@/components/forms/server-form';
import { COUNTRY_OPTIONS, LEVEL_OPTIONS } from '@/components/forms/options';
import type { DefaultValue } from '@conform-to/react';
import type { z } from 'zod';
import { ChoiceGroup } from '@/components/forms/choice-group';
import { PersonPicker, type PersonChoice } from '@/components/forms/person-picker';
import { FormFooter } from '@/components/forms/form-footer';
import { SearchableChecklist } from '@/components/forms/searchable-checklist';
import { SelectField } from '@/components/forms/select-field';
import { TextField } from '@/components/forms/text-field';
import { useServerForm } from '@/components/forms/use-server-form';
import { GOAL_NEEDS, NEED_LABELS, NEED_POINTS_TO } from '@/lib/core/goals/needs';
import { LANGUAGES, TIMEZONES } from '@/lib/core/profile/places';
import { profileSchema } from '@/lib/validation/profile';
import { findManagerAction, saveProfileAction } from '../actions';

export type ProfileDefaults = DefaultValue<z.input<typeof profileSchema>>;

const languageOptions = LANGUAGES.map(({ code, name }) => ({ value: code, label: name }));
const zoneOption = (zone: string) => ({ value: zone, label: zone.replaceAll('_', ' ') });
const timezoneOptions = TIMEZONES.map(zoneOption);

/** The runtime's list omits some valid aliases (Asia/Kolkata); keep a saved one selectable. */
function timezoneOptionsWith(saved: unknown) {
  return typeof saved === 'string' && !TIMEZONES.includes(saved)
    ? [zoneOption(saved), ...timezoneOptions]
    : timezoneOptions;
}
const coachingOptions = GOAL_NEEDS.filter((need) => NEED_POINTS_TO[need] === 'coach').map(
  (need) => ({
    value: need,
    label: NEED_LABELS[need],
  }),
);
const offerOptions = [
  { value: 'NONE', label: 'Not now' },
  { value: 'MENTORING', label: 'Mentoring' },
  { value: 'COACHING', label: 'Coaching' },
  { value: 'BOTH', label: 'Mentoring and coaching' },
];

export function ProfileForm(props: {
  defaults: ProfileDefaults;
  /** The manager saved now, if any. */
  manager: PersonChoice | null;
  organisations: string[];
  functions: string[];
  /** A first profile: start from the browser's own time zone rather than UTC. */
  guessTimeZone?: boolean;
}) {
  const { form, fields, formAction, pending } = useServerForm(
    saveProfileAction,
    profileSchema,
    props.defaults,
  );
  const guessed = useRef(false);
  useEffect(() => {
    if (!props.guessTimeZone || guessed.current) return;
    guessed.current = true;
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone && TIMEZONES.includes(zone)) form.update({ name: fields.timezone.name, value: zone });
  }, [props.guessTimeZone, form, fields.timezone.name]);
  return (
    <ServerForm form={form} action={formAction} spacing="roomy">
      <TextField field={fields.organisation} label="Organisation" list="organisations" />
      <datalist id="organisations">
        {props.organisations.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <TextField
        field={fields.function}
        label="Function"
        hint="Your department or discipline, e.g. Finance."
        list="functions"
      />
      <datalist id="functions">
        {props.functions.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <TextField field={fields.jobTitle} label="Job title" autoComplete="organization-title" />
      <SelectField
        field={fields.level}
        label="Level"
        options={LEVEL_OPTIONS}
        placeholder="Choose a level"
      />
      <TextField field={fields.yearsExperience} label="Years of experience" type="number" />
      <SelectField
        field={fields.country}
        label="Country"
        options={COUNTRY_OPTIONS}
        placeholder="Choose a country"
      />
      <SelectField
        field={fields.timezone}
        label="Time zone"
        options={timezoneOptionsWith(props.defaults?.timezone)}
        placeholder="Choose a time zone"
      />
      <SearchableChecklist
        field={fields.languages}
        legend="Languages you work in"
        hint="Tick every language you could mentor or be mentored in."
        options={languageOptions}
      />
      <TextField field={fields.skills} label="Skills" hint="Separate them with commas." />
      <TextField field={fields.bio} label="A short bio" multiline />
      <PersonPicker
        field={fields.managerId}
        label="Your manager (optional)"
        hint="Type their name and choose them from the list. We never match you with anyone in your own reporting line."
        initial={props.manager}
        search={findManagerAction}
      />
      <ChoiceGroup
        field={fields.offers}
        legend="Can you help others?"
        type="radio"
        options={offerOptions}
      />
      <TextField
        field={fields.capacity}
        label="How many people can you take on? (0 to 10)"
        type="number"
      />
      <ChoiceGroup
        field={fields.coachingAreas}
        legend="If you coach: what do you coach on?"
        type="checkbox"
        options={coachingOptions}
      />
      <ChoiceGroup
        field={fields.hidePastEmployers}
        legend="Your past employers"
        hint="Your career steps still count when we suggest you; only the names of the organisations are left off your profile page."
        type="checkbox"
        options={[{ value: 'on', label: 'Hide my past employers from others' }]}
      />
      <ChoiceGroup
        field={fields.hideFromSuggestions}
        legend="Suggestions"
        hint="People you are already talking to can still open your profile."
        type="checkbox"
        options={[{ value: 'on', label: 'Do not suggest me to anyone' }]}
      />
      <FormFooter pending={pending} errors={form.errors} label="Save profile" />
    </ServerForm>
  );
}
