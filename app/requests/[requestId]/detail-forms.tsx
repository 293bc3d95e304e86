'use client';
import { FormFooter } from '@/components/forms/form-footer';
import { ServerForm } from '@/components/forms/server-form';
import { TextField } from '@/components/forms/text-field';
import { useServerForm } from '@/components/forms/use-server-form';
import { answerDetailSchema, askDetailSchema } from '@/lib/validation/connection';
import { answerDetailAction, askForDetailAction } from '@/app/connections/actions';

export function AskDetailForm({ requestId }: { requestId: string }) {
  const { form, fields, formAction, pending } = useServerForm(askForDetailAction, askDetailSchema, {
    requestId,
  });
  return (
    <ServerForm form={form} action={formAction}>
      <input type="hidden" name="requestId" value={requestId} />
      <TextField
        field={fields.question}
        label="Your question"
        hint="You can ask once; they can answer once."
        multiline
      />
      <FormFooter pending={pending} errors={form.errors} label="Ask for more detail" />
    </ServerForm>
  );
}

export function AnswerDetailForm({ requestId }: { requestId: string }) {
  const { form, fields, formAction, pending } = useServerForm(
    answerDetailAction,
    answerDetailSchema,
    { requestId },
  );
  return (
    <ServerForm form={form} action={formAction}>
      <input type="hidden" name="requestId" value={requestId} />
      <TextField field={fields.answer} label="Your answer" multiline />
      <FormFooter pending={pending} errors={form.errors} label="Send my answer" />
    </ServerForm>
  );
}
