'use client';
/**
 * A conform form bound to a server action: the same zod schema validates in the browser
 * (on blur) and on the server, and the server's reply restores what the person typed.
 */
import { startTransition, useActionState } from 'react';
import { useForm, type DefaultValue } from '@conform-to/react';
import { parseWithZod } from '@conform-to/zod/v4';
import type { z } from 'zod';
import type { FormState } from '@/lib/server/actions/form-action';

export type ServerFormAction = (previous: FormState, formData: FormData) => Promise<FormState>;

export function useServerForm<Schema extends z.ZodType<unknown, Record<string, unknown>>>(
  action: ServerFormAction,
  schema: Schema,
  defaultValue?: DefaultValue<z.input<Schema>>,
) {
  const [lastResult, formAction, pending] = useActionState(action, undefined);
  const [form, fields] = useForm<z.input<Schema>, z.output<Schema>>({
    lastResult,
    defaultValue,
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    // Submitting through a transition rather than the form's own action stops React from
    // resetting the form afterwards, so a refused submission keeps what the person typed.
    // The `action` attribute still makes the form work before JavaScript has loaded.
    onSubmit(event, { formData }) {
      event.preventDefault();
      startTransition(() => formAction(formData));
    },
  });
  // lastResult: the server's last answer, still there after a reply that empties the form.
  return { form, fields, formAction, pending, lastResult };
}
