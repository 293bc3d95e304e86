'use client';
import { useActionState } from 'react';
import type { ServerFormAction } from './use-server-form';

const TONES = {
  primary:
    'rounded bg-indigo-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-800 disabled:opacity-60',
  plain:
    'rounded border border-slate-300 px-3 py-1.5 text-sm text-slate-800 hover:bg-slate-50 disabled:opacity-60',
  danger: 'text-sm text-red-800 hover:underline disabled:opacity-60',
} as const;

/**
 * A one-button form (accept, decline, withdraw, remove...): the fields it sends are hidden,
 * and the outcome, when refused, is shown beside the button and read out.
 */
export function ActionButton(props: {
  action: ServerFormAction;
  fields: Record<string, string>;
  label: string;
  /** Read out after the label, so that "Remove" says what it removes. */
  context?: string;
  tone?: keyof typeof TONES;
  /** Said beside the button once the action has worked, where the page itself shows no change. */
  done?: string;
}) {
  const { action, fields, label, context, tone = 'plain', done } = props;
  const [result, formAction, pending] = useActionState(action, undefined);
  const error =
    result?.status === 'error'
      ? [...new Set(Object.values(result.error ?? {}).flat())].filter(Boolean).join(' ')
      : '';
  return (
    <form action={formAction} className="inline-flex items-center gap-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" disabled={pending} className={TONES[tone]}>
        {label}
        {context && <span className="sr-only"> {context}</span>}
      </button>
      {error && (
        <span role="alert" className="text-sm text-red-800">
          {error}
        </span>
      )}
      {done && result?.status === 'success' && !pending && (
        <span role="status" className="text-sm text-green-800">
          {done}
        </span>
      )}
    </form>
  );
}
