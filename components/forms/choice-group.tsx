'use client';
import { getCollectionProps, type FieldMetadata } from '@conform-to/react';

interface ChoiceGroupProps<Value, Form extends Record<string, unknown>> {
  field: FieldMetadata<Value, Form, string[]>;
  legend: string;
  hint?: string;
  type: 'checkbox' | 'radio';
  options: { value: string; label: string }[];
}

/** Checkboxes or radio buttons in a fieldset whose legend names the question. */
export function ChoiceGroup<Value, Form extends Record<string, unknown>>({
  field,
  legend,
  hint,
  type,
  options,
}: ChoiceGroupProps<Value, Form>) {
  const inputs = getCollectionProps(field, {
    type,
    options: options.map((option) => option.value),
    ariaAttributes: false,
  });
  return (
    <fieldset
      className="flex flex-col gap-1"
      aria-describedby={field.errors?.length ? field.errorId : undefined}
    >
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      {hint && <p className="text-sm text-slate-600">{hint}</p>}
      <div className="mt-1 grid gap-1 sm:grid-cols-2">
        {inputs.map((input, index) => (
          <label
            key={input.key}
            htmlFor={input.id}
            className="flex items-center gap-2 text-sm text-slate-800"
          >
            <input {...input} key={input.key} className="size-4 accent-indigo-700" />
            {options[index]?.label}
          </label>
        ))}
      </div>
      {field.errors?.length ? (
        <p id={field.errorId} className="text-sm text-red-700">
          {field.errors.join(' ')}
        </p>
      ) : null}
    </fieldset>
  );
}
