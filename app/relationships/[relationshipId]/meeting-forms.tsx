'use client';
/** The forms of a relationship's meetings: offer times, pick one, move, call off, note. */
import { ChoiceGroup } from '@/components/forms/choice-group';
import { ConfirmButton } from '@/components/forms/confirm-button';
import { FormFooter } from '@/components/forms/form-footer';
import { SelectField } from '@/components/forms/select-field';
import { ServerForm } from '@/components/forms/server-form';
import { TextField } from '@/components/forms/text-field';
import { useServerForm } from '@/components/forms/use-server-form';
import { TimeField } from '@/components/meetings/time-field';
import {
  MEETING_LENGTHS,
  meetingNoteSchema,
  moveMeetingSchema,
  NOTE_MAX_LENGTH,
  pickMeetingTimeSchema,
  proposeMeetingSchema,
} from '@/lib/validation/meetings';
import {
  cancelMeetingAction,
  moveMeetingAction,
  noteMeetingAction,
  pickMeetingTimeAction,
  proposeMeetingAction,
} from '../actions';

const LENGTHS = MEETING_LENGTHS.map((minutes) => ({
  value: String(minutes),
  label: `${minutes} minutes`,
}));

export function ProposeMeetingForm(props: {
  relationshipId: string;
  zone: string;
  other: string;
  /** Now on the proposer's clock: the earliest time the fields offer. */
  min: string;
}) {
  const { relationshipId, zone, other, min } = props;
  const { form, fields, formAction, pending } = useServerForm(
    proposeMeetingAction,
    proposeMeetingSchema,
    { relationshipId, minutes: '60' },
  );
  return (
    <ServerForm form={form} action={formAction}>
      <input type="hidden" name="relationshipId" value={relationshipId} />
      <p className="text-sm text-slate-700">
        Times are on your clock ({zone}); {other} sees them on theirs and picks one.
      </p>
      <TimeField field={fields.first} label="First time" min={min} />
      <TimeField field={fields.second} label="Second time (optional)" min={min} />
      <TimeField field={fields.third} label="Third time (optional)" min={min} />
      <SelectField field={fields.minutes} label="How long" options={LENGTHS} />
      <TextField
        field={fields.videoLink}
        label="Video link (optional)"
        hint="An https:// link to your video call; it goes into the calendar invitation."
      />
      <FormFooter pending={pending} errors={form.errors} label="Offer these times" />
    </ServerForm>
  );
}

export function PickTimeForm(props: {
  meetingId: string;
  options: { value: string; label: string }[];
}) {
  const { form, fields, formAction, pending } = useServerForm(
    pickMeetingTimeAction,
    pickMeetingTimeSchema,
    { meetingId: props.meetingId },
  );
  return (
    <ServerForm form={form} action={formAction}>
      <input type="hidden" name="meetingId" value={props.meetingId} />
      <ChoiceGroup
        field={fields.choice}
        legend="Pick a time"
        type="radio"
        options={props.options}
      />
      <FormFooter pending={pending} errors={form.errors} label="Pick this time" />
    </ServerForm>
  );
}

export function MoveMeetingForm(props: { meetingId: string; zone: string; min: string }) {
  const { form, fields, formAction, pending } = useServerForm(
    moveMeetingAction,
    moveMeetingSchema,
    { meetingId: props.meetingId },
  );
  return (
    <ServerForm form={form} action={formAction}>
      <input type="hidden" name="meetingId" value={props.meetingId} />
      <TimeField
        field={fields.time}
        label="New time"
        hint={`On your clock (${props.zone}).`}
        min={props.min}
      />
      <FormFooter pending={pending} errors={form.errors} label="Move the meeting" />
    </ServerForm>
  );
}

export function CancelMeetingButton(props: {
  meetingId: string;
  label: string;
  question: string;
  confirmLabel: string;
}) {
  return (
    <ConfirmButton
      action={cancelMeetingAction}
      fields={{ meetingId: props.meetingId }}
      label={props.label}
      question={props.question}
      confirmLabel={props.confirmLabel}
    />
  );
}

export function MeetingNoteForm({ meetingId, note }: { meetingId: string; note?: string }) {
  const { form, fields, formAction, pending } = useServerForm(
    noteMeetingAction,
    meetingNoteSchema,
    { meetingId, text: note ?? '' },
  );
  return (
    <ServerForm form={form} action={formAction}>
      <input type="hidden" name="meetingId" value={meetingId} />
      <TextField
        field={fields.text}
        label={note ? 'Your note' : 'A short note on how it went'}
        hint={`Up to ${NOTE_MAX_LENGTH} characters; you both see it.`}
        multiline
      />
      <FormFooter pending={pending} errors={form.errors} label="Save note" />
    </ServerForm>
  );
}
