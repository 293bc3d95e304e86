/**
 * Label, hint and error around one control, wired for screen readers: the control is
 * described by its hint and error, and marked invalid when there is one.
 */
import type { ReactNode } from 'react';

/** The parts of a conform field that the shell and its control need. */
export interface FieldIds {
  id: string;
  errors?: string[];
  errorId: string;
  descriptionId: string;
}

export function FieldShell(props: {
  field: FieldIds;
  label: string;
  hint?: string;
  children: ReactNode;
}) {
  const { field, label, hint, children } = props;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={field.id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      {hint && (
        <p id={field.descriptionId} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      {children}
      {field.errors?.length ? (
        <p id={field.errorId} className="text-sm text-red-700">
          {field.errors.join(' ')}
        </p>
      ) : null}
    </div>
  );
}

/** Style and accessibility attributes shared by every control inside a FieldShell. */
export function controlAttributes(field: FieldIds, hint: string | undefined) {
  const describedBy = [hint && field.descriptionId, field.errors?.length && field.errorId]
    .filter(Boolean)
    .join(' ');
  return {
    className:
      'rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900 shadow-sm focus:border-indigo-600 focus:outline-2 focus:outline-indigo-600 aria-invalid:border-red-700',
    'aria-describedby': describedBy || undefined,
    'aria-invalid': field.errors?.length ? true : undefined,
  };
}
