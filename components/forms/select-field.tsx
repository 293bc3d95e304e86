'use client';
import { getSelectProps, type FieldMetadata } from '@conform-to/react';
import { controlAttributes, FieldShell } from './field-shell';

interface SelectFieldProps<Value, Form extends Record<string, unknown>> {
  field: FieldMetadata<Value, Form, string[]>;
  label: string;
  hint?: string;
  options: { value: string; label: string }[];
  /** Shown as the empty first choice; omit when a value is always required. */
  placeholder?: string;
  multiple?: boolean;
}

export function SelectField<Value, Form extends Record<string, unknown>>({
  field,
  label,
  hint,
  options,
  placeholder,
  multiple,
}: SelectFieldProps<Value, Form>) {
  return (
    <FieldShell field={field} label={label} hint={hint}>
      <select
        {...getSelectProps(field, { ariaAttributes: false })}
        multiple={multiple}
        size={multiple ? 6 : undefined}
        {...controlAttributes(field, hint)}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
