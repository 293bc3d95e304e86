'use client';
/**
 * What to do with the rows ticked in the review table: approve them all, or reject them all.
 * Says how many are ticked, so the buttons never act on more than the admin can see.
 */
import { useActionState, useEffect } from 'react';
import type { ServerFormAction } from '@/components/forms/use-server-form';

export function TickedActions({
  runId,
  proposalIds,
  action,
  onDone,
}: {
  runId: string;
  proposalIds: string[];
  action: ServerFormAction;
  /** Clears the ticks once the decision is made. */
  onDone: () => void;
}) {
  const [result, formAction, pending] = useActionState(action, undefined);
  const failed = result?.status === 'error';
  useEffect(() => {
    if (result?.status === 'success') onDone();
  }, [result, onDone]);
  const count = proposalIds.length;
  return (
    <form
      action={formAction}
      className="flex flex-wrap items-center gap-3 rounded border border-indigo-200 bg-indigo-50 px-3 py-2"
      aria-label="Ticked proposals"
    >
      <input type="hidden" name="runId" value={runId} />
      {proposalIds.map((id) => (
        <input key={id} type="hidden" name="proposalIds" value={id} />
      ))}
      <p className="text-sm" aria-live="polite" data-testid="ticked-count">
        {count} proposal{count === 1 ? '' : 's'} ticked
      </p>
      <button
        type="submit"
        name="decision"
        value="APPROVED"
        disabled={pending || count === 0}
        className="rounded bg-indigo-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-800 disabled:opacity-60"
      >
        Approve {count} ticked
      </button>
      <button
        type="submit"
        name="decision"
        value="REJECTED"
        disabled={pending || count === 0}
        className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-800 hover:bg-slate-50 disabled:opacity-60"
      >
        Reject {count} ticked
      </button>
      {failed && (
        <span role="alert" className="text-sm text-red-800">
          {[...new Set(Object.values(result.error ?? {}).flat())].filter(Boolean).join(' ')}
        </span>
      )}
    </form>
  );
}
