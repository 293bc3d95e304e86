'use client';
import { useEffect, useRef, useState } from 'react';
import { ActionButton } from './action-button';
import type { ServerFormAction } from './use-server-form';

/**
 * A button for something that cannot be taken back at a click (signing out everywhere,
 * disabling an account): the first press only asks, in words that say what will happen; the
 * action runs on "yes". Focus moves to the question, so a screen reader hears it at once.
 */
export function ConfirmButton(props: {
  action: ServerFormAction;
  fields: Record<string, string>;
  label: string;
  /** Read out after the label, so that "Disable" says whom it disables. */
  context?: string;
  question: string;
  confirmLabel: string;
}) {
  const { action, fields, label, context, question, confirmLabel } = props;
  const [asking, setAsking] = useState(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (asking) questionRef.current?.focus();
  }, [asking]);

  if (!asking)
    return (
      <button
        type="button"
        onClick={() => setAsking(true)}
        className="rounded border border-slate-300 px-3 py-1.5 text-sm text-slate-800 hover:bg-slate-50"
      >
        {label}
        {context && <span className="sr-only"> {context}</span>}
      </button>
    );
  return (
    <div className="flex flex-col gap-2 rounded border border-amber-300 bg-amber-50 p-3">
      <p ref={questionRef} tabIndex={-1} className="text-slate-900">
        {question}
      </p>
      <div className="flex items-center gap-3">
        <ActionButton action={action} fields={fields} label={confirmLabel} tone="primary" />
        <button
          type="button"
          onClick={() => setAsking(false)}
          className="text-sm text-slate-700 hover:underline"
        >
          Cancel
        </button>
      </div>
    </div>
  );
}
