'use client';
import { ChoiceGroup } from '@/components/forms/choice-group';
import { FormFooter } from '@/components/forms/form-footer';
import { ServerForm } from '@/components/forms/server-form';
import { TextField } from '@/components/forms/text-field';
import { useServerForm } from '@/components/forms/use-server-form';
import { inviteOutsideSchema } from '@/lib/validation/outside-invitation';
import { inviteOutsideAction } from '@/app/invitations/actions';

const KINDS = [
  { value: 'MENTOR', label: 'Mentor: they have walked a path like mine' },
  { value: 'COACH', label: 'Coach: they help me find my own answers' },
];

/** Inviting someone who may not be on Pathfinder (a former manager, a conference contact). */
export function OutsideInviteForm({ goalId, kind }: { goalId: string; kind: 'MENTOR' | 'COACH' }) {
  const { form, fields, formAction, pending } = useServerForm(
    inviteOutsideAction,
    inviteOutsideSchema,
    { goalId, kind },
  );
  return (
    <ServerForm form={form} action={formAction}>
      <input type="hidden" name="goalId" value={goalId} />
      <TextField
        field={fields.email}
        label="Their e-mail address"
        type="email"
        autoComplete="off"
      />
      <ChoiceGroup field={fields.kind} legend="Ask them to be your" type="radio" options={KINDS} />
      <TextField
        field={fields.note}
        label="Your note to them"
        hint="Who you are to them, what this goal is about, and why you ask them. They see it with the goal."
        multiline
      />
      <FormFooter
        pending={pending}
        errors={form.errors}
        label="Send invitation"
        pendingLabel="Sending…"
      />
    </ServerForm>
  );
}
