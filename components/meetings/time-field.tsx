'use client';
import { getInputProps, type FieldMetadata } from '@conform-to/react';
import { controlAttributes, FieldShell } from '@/components/forms/field-shell';

/** A day-and-time field; what it sends has no zone, and the server reads it on the person's clock. */
export function TimeField<Value, Form extends Record<string, unknown>>(props: {
  field: FieldMetadata<Value, Form, string[]>;
  label: string;
  hint?: string;
  /** The earliest wall time to offer (now, on the person's clock). */
  min?: string;
}) {
  const { field, label, hint, min } = props;
  return (
    <FieldShell field={field} label={label} hint={hint}>
      <input
        {...getInputProps(field, { type: 'datetime-local', ariaAttributes: false })}
        {...controlAttributes(field, hint)}
        min={min}
      />
    </FieldShell>
  );
}
