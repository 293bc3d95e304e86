'use client';
import type { FormMetadata } from '@conform-to/react';
import type { ReactNode } from 'react';

interface ServerFormProps {
  form: Pick<FormMetadata<Record<string, unknown>, string[]>, 'id' | 'onSubmit'>;
  action: (formData: FormData) => void;
  children: ReactNode;
  /** Space between fields; forms with many fields breathe a little more. */
  spacing?: 'compact' | 'roomy';
}

/**
 * The form element of every server form: conform's validation on submit, the server action
 * behind it (which also makes it work before JavaScript loads), and the browser's own
 * validation bubbles turned off in favour of the messages beside each field.
 */
export function ServerForm({ form, action, children, spacing = 'compact' }: ServerFormProps) {
  return (
    <form
      id={form.id}
      onSubmit={form.onSubmit}
      action={action}
      noValidate
      className={`flex flex-col ${spacing === 'roomy' ? 'gap-5' : 'gap-4'}`}
    >
      {children}
    </form>
  );
}
