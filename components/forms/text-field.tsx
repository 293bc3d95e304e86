'use client';
import { getInputProps, getTextareaProps, type FieldMetadata } from '@conform-to/react';
import { controlAttributes, FieldShell } from './field-shell';

interface TextFieldProps<Value, Form extends Record<string, unknown>> {
  field: FieldMetadata<Value, Form, string[]>;
  label: string;
  hint?: string;
  type?: 'text' | 'email' | 'password' | 'number' | 'date';
  autoComplete?: string;
  list?: string;
  multiline?: boolean;
}

/** A labelled text input (or textarea) bound to a conform field; keeps what was typed on error. */
export function TextField<Value, Form extends Record<string, unknown>>({
  field,
  label,
  hint,
  type = 'text',
  autoComplete,
  list,
  multiline,
}: TextFieldProps<Value, Form>) {
  const shared = controlAttributes(field, hint);
  return (
    <FieldShell field={field} label={label} hint={hint}>
      {multiline ? (
        <textarea {...getTextareaProps(field, { ariaAttributes: false })} {...shared} rows={5} />
      ) : (
        <input
          {...getInputProps(field, { type, ariaAttributes: false })}
          {...shared}
          autoComplete={autoComplete}
          list={list}
        />
      )}
    </FieldShell>
  );
}
