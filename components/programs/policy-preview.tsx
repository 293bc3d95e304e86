'use client';
/**
 * "Preview the effect" on the policy form: sends the weights being edited (the enclosing
 * form's fields, as they are now) to the preview action and shows, for a few sample goals,
 * who would come first now and with the draft. Nothing is saved. The answer lands in a live
 * region, so a screen reader hears the summary without moving focus.
 */
import { startTransition, useActionState, type MouseEvent } from 'react';
import type {
  PolicyPreview,
  PolicyPreviewState,
  PreviewPick,
} from '@/lib/core/programs/policy-preview';

export type PolicyPreviewAction = (
  previous: PolicyPreviewState,
  formData: FormData,
) => Promise<PolicyPreviewState>;

const KIND_WORDS = { mentor: 'Mentor', coach: 'Coach' } as const;

export function PolicyPreviewPanel({
  action,
  onPreview,
}: {
  action: PolicyPreviewAction;
  /** Called as the preview is asked for, so the form can show its own field messages too. */
  onPreview?: () => void;
}) {
  const [state, preview, pending] = useActionState<PolicyPreviewState, FormData>(action, {
    status: 'idle',
  });

  function onClick(event: MouseEvent<HTMLButtonElement>) {
    const form = event.currentTarget.form;
    if (!form || pending) return;
    onPreview?.();
    const draft = new FormData(form);
    startTransition(() => preview(draft));
  }

  return (
    <div className="flex flex-col gap-3 rounded-md border border-slate-200 p-4">
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          onClick={onClick}
          aria-disabled={pending || undefined}
          aria-describedby="policy-preview-hint"
          className="rounded-md border border-indigo-700 px-4 py-2 font-medium text-indigo-800 hover:bg-indigo-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-700 aria-disabled:opacity-60"
        >
          {pending ? 'Working out the preview…' : 'Preview the effect'}
        </button>
        <p id="policy-preview-hint" className="text-sm text-slate-700">
          Who would come first for a few of this program’s goals with these weights. Nothing is
          saved.
        </p>
      </div>
      <div aria-live="polite" data-testid="policy-preview">
        {state.status === 'error' && (
          <p className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800">
            {state.message}
          </p>
        )}
        {state.status === 'preview' && <PreviewTable preview={state.preview} />}
      </div>
    </div>
  );
}

function summary({ rows, changed }: PolicyPreview): string {
  if (rows.length === 0)
    return 'No goal in this program has anyone who could be proposed yet, so there is nothing to compare.';
  const pairs = rows.length === 1 ? 'sample need' : 'sample needs';
  if (changed === 0) return `The same person comes first for all ${rows.length} ${pairs}.`;
  return `${changed} of ${rows.length} ${pairs} would get someone else first.`;
}

function PickCell({ pick }: { pick: PreviewPick | null }) {
  if (!pick) return <span className="text-slate-600">Nobody</span>;
  return (
    <>
      {pick.name}, {pick.words} <span className="text-slate-600 tabular-nums">({pick.score})</span>
    </>
  );
}

function PreviewTable({ preview }: { preview: PolicyPreview }) {
  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm font-medium">{summary(preview)}</p>
      {preview.rows.length > 0 && (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Who comes first, now and with these weights</caption>
            <thead>
              <tr>
                {['Goal', 'Help', 'Now', 'With these weights'].map((title) => (
                  <th
                    key={title}
                    scope="col"
                    className="border-b border-slate-300 px-2 py-1 font-semibold"
                  >
                    {title}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((row) => {
                const changes = row.current?.personId !== row.draft?.personId;
                return (
                  <tr key={`${row.goalId}-${row.kind}`} className="border-b border-slate-100">
                    <th scope="row" className="px-2 py-1 font-normal">
                      <span className="font-medium">{row.owner}</span>: {row.goal}
                    </th>
                    <td className="px-2 py-1">{KIND_WORDS[row.kind]}</td>
                    <td className="px-2 py-1">
                      <PickCell pick={row.current} />
                    </td>
                    <td className={`px-2 py-1 ${changes ? 'font-semibold' : ''}`}>
                      <PickCell pick={row.draft} />
                      {changes && <span className="ml-1 text-indigo-800">(changes)</span>}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
