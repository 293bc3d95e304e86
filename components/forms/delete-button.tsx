'use client';
import { useActionState } from 'react';
import type { ServerFormAction } from './use-server-form';

/** A one-button form for removing something, with its outcome shown beside it. */
export function DeleteButton(props: {
  action: ServerFormAction;
  fields: Record<string, string>;
  label: string;
  /** Read out after the label, so that "Remove" says what it removes. */
  context?: string;
}) {
  const { action, fields, label, context } = props;
  const [result, formAction, pending] = useActionState(action, undefined);
  const error =
    result?.status === 'error'
      ? Object.values(result.error ?? {})
          .flat()
          .filter(Boolean)
          .join(' ')
      : '';
  return (
    <form action={formAction} className="mt-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" disabled={pending} className="text-sm text-red-800 hover:underline">
        {label}
        {context && <span className="sr-only"> {context}</span>}
      </button>
      {error && <span className="ml-2 text-sm text-red-800">{error}</span>}
    </form>
  );
}
