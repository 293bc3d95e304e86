'use client';
import { FormFooter } from '@/components/forms/form-footer';
import { ServerForm } from '@/components/forms/server-form';
import { TextField } from '@/components/forms/text-field';
import { useServerForm } from '@/components/forms/use-server-form';
import { MESSAGE_MAX_LENGTH, sendMessageSchema } from '@/lib/validation/messages';
import { sendMessageAction } from '../actions';

export function MessageForm({ relationshipId, other }: { relationshipId: string; other: string }) {
  const { form, fields, formAction, pending, lastResult } = useServerForm(
    sendMessageAction,
    sendMessageSchema,
    { relationshipId },
  );
  return (
    <ServerForm form={form} action={formAction}>
      <input type="hidden" name="relationshipId" value={relationshipId} />
      <TextField
        field={fields.text}
        label={`Your message to ${other}`}
        hint={`Plain text, up to ${MESSAGE_MAX_LENGTH} characters. ${other} gets an e-mail saying there is a message.`}
        multiline
      />
      <FormFooter
        pending={pending}
        errors={form.errors}
        label="Send message"
        pendingLabel="Sending…"
      />
      {lastResult?.status === 'success' && !pending && (
        <p role="status" className="text-sm text-green-800">
          Sent.
        </p>
      )}
    </ServerForm>
  );
}
