/**
 * Label, hint and error around one control, wired for screen readers: the control is
 * described by its hint and error, and marked invalid when there is one.
 */
import type { ReactNode } from 'react';

export interface FieldShellProps {
  id: string;
  label: string;
  hint?: string;
  errors?: string[];
  errorId: string;
  hintId: string;
  children: ReactNode;
}

export function FieldShell({
  id,
  label,
  hint,
  errors,
  errorId,
  hintId,
  children,
}: FieldShellProps) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      {children}
      {errors?.length ? (
        <p id={errorId} className="text-sm text-red-700">
          {errors.join(' ')}
        </p>
      ) : null}
    </div>
  );
}

export const controlClass =
  'rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900 shadow-sm focus:border-indigo-600 focus:outline-2 focus:outline-indigo-600 aria-invalid:border-red-700';

export function describedBy(
  field: { descriptionId: string; errorId: string; errors?: string[] },
  hasHint: boolean,
) {
  return (
    [hasHint && field.descriptionId, field.errors?.length && field.errorId]
      .filter(Boolean)
      .join(' ') || undefined
  );
}
