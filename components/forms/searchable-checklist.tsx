'use client';
/**
 * Several choices from a long list (languages): a box to narrow the list by typing, then plain
 * checkboxes, so choosing several needs no Ctrl-click and works by keyboard. Every checkbox
 * stays in the form while hidden by the filter, so narrowing never drops a choice; the chosen
 * ones are always shown.
 */
import { getCollectionProps, type FieldMetadata } from '@conform-to/react';
import { useState } from 'react';

interface SearchableChecklistProps<Value, Form extends Record<string, unknown>> {
  field: FieldMetadata<Value, Form, string[]>;
  legend: string;
  hint?: string;
  options: { value: string; label: string }[];
}

const initialValues = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [];

export function SearchableChecklist<Value, Form extends Record<string, unknown>>({
  field,
  legend,
  hint,
  options,
}: SearchableChecklistProps<Value, Form>) {
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState(() => new Set(initialValues(field.initialValue)));
  const inputs = getCollectionProps(field, {
    type: 'checkbox',
    options: options.map((option) => option.value),
    ariaAttributes: false,
  });
  const wanted = query.trim().toLocaleLowerCase();
  const shown = (index: number) =>
    !wanted ||
    chosen.has(options[index]!.value) ||
    options[index]!.label.toLocaleLowerCase().includes(wanted);
  const chosenLabels = options.filter((o) => chosen.has(o.value)).map((o) => o.label);
  const filterId = `${field.id}-filter`;
  return (
    <fieldset
      className="flex flex-col gap-1"
      aria-describedby={field.errors?.length ? field.errorId : undefined}
    >
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      {hint && <p className="text-sm text-slate-600">{hint}</p>}
      <p className="text-sm text-slate-700" aria-live="polite">
        {chosenLabels.length ? `Chosen: ${chosenLabels.join(', ')}` : 'None chosen yet.'}
      </p>
      <label htmlFor={filterId} className="mt-1 text-sm text-slate-800">
        Find a language
      </label>
      <input
        id={filterId}
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        className="rounded-md border border-slate-400 px-3 py-1.5 text-slate-900"
      />
      <div className="mt-1 grid max-h-56 gap-1 overflow-y-auto rounded-md border border-slate-200 p-2 sm:grid-cols-2">
        {inputs.map((input, index) => (
          <label
            key={input.key}
            htmlFor={input.id}
            className={`items-center gap-2 text-sm text-slate-800 ${shown(index) ? 'flex' : 'hidden'}`}
          >
            <input
              {...input}
              key={input.key}
              className="size-4 accent-indigo-700"
              onChange={(event) => {
                const next = new Set(chosen);
                if (event.target.checked) next.add(event.target.value);
                else next.delete(event.target.value);
                setChosen(next);
              }}
            />
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
