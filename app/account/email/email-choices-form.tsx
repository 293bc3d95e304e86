'use client';
import { ChoiceGroup } from '@/components/forms/choice-group';
import { FormFooter } from '@/components/forms/form-footer';
import { ServerForm } from '@/components/forms/server-form';
import { useServerForm } from '@/components/forms/use-server-form';
import {
  EMAIL_FREQUENCIES,
  EMAIL_KINDS,
  FREQUENCY_WORDS,
  KIND_WORDS,
  type EmailFrequency,
  type EmailKind,
} from '@/lib/core/email/kinds';
import { emailChoicesSchema } from '@/lib/validation/email-preferences';
import { chooseEmailsAction } from './actions';

const OPTIONS = EMAIL_FREQUENCIES.map((value) => ({ value, label: FREQUENCY_WORDS[value] }));

export function EmailChoicesForm({ choices }: { choices: Record<EmailKind, EmailFrequency> }) {
  const { form, fields, formAction, pending } = useServerForm(
    chooseEmailsAction,
    emailChoicesSchema,
    choices,
  );
  return (
    <ServerForm form={form} action={formAction}>
      {EMAIL_KINDS.map((kind) => (
        <ChoiceGroup
          key={kind}
          field={fields[kind]}
          legend={KIND_WORDS[kind].label}
          hint={KIND_WORDS[kind].hint}
          type="radio"
          options={OPTIONS}
        />
      ))}
      <FormFooter pending={pending} errors={form.errors} label="Save e-mail choices" />
    </ServerForm>
  );
}
