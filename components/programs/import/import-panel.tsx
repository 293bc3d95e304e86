'use client';
/**
 * Upload a cohort file, see what it would do, then import it. Importing sends the same file
 * again (the file input keeps it) with the digest of the previewed one, and the server checks
 * everything again. The form is submitted through a transition so React does not clear the
 * file input after the preview.
 */
import {
  startTransition,
  useActionState,
  useEffect,
  useRef,
  useState,
  type FormEvent,
} from 'react';
import {
  MAX_UPLOAD_BYTES,
  MAX_UPLOAD_WORDS,
  type ImportState,
} from '@/lib/core/programs/import/upload';
import { PreviewSummary } from './preview-summary';
import { ProblemsTable } from './problems-table';

type ImportAction = (previous: ImportState, formData: FormData) => Promise<ImportState>;

const TOO_LARGE = `The file is larger than ${MAX_UPLOAD_WORDS}. Split the cohort into smaller files.`;

/** Says at once, before sending, when the chosen file is over the limit. */
function fileTooLarge(formData: FormData): string | null {
  const file = formData.get('file');
  return file instanceof File && file.size > MAX_UPLOAD_BYTES ? TOO_LARGE : null;
}

const count = (value: number) => value.toLocaleString('en');

const BUTTON =
  'rounded-md px-4 py-2 font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-700 disabled:opacity-60';

export function ImportPanel({ programId, action }: { programId: string; action: ImportAction }) {
  const [state, formAction, pending] = useActionState<ImportState, FormData>(action, {
    status: 'idle',
  });
  const [fileError, setFileError] = useState<string | null>(null);
  // A file chosen after the last preview has not been previewed: no import button for it.
  const [changed, setChanged] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (state.status !== 'idle') heading.current?.focus();
  }, [state]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget, submitter);
    const problem = fileTooLarge(formData);
    setFileError(problem);
    if (problem) return;
    setChanged(false);
    startTransition(() => formAction(formData));
  }

  const canImport = state.status === 'preview' && !changed && state.preview.problems.length === 0;
  const error = fileError ?? (state.status === 'error' ? state.message : null);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <input type="hidden" name="programId" value={programId} />
      <div className="flex flex-col gap-1">
        <label htmlFor="cohort-file" className="text-sm font-medium text-slate-800">
          Cohort file
        </label>
        <p id="cohort-file-hint" className="text-sm text-slate-600">
          CSV or JSON (the matching engine&apos;s people file), up to {MAX_UPLOAD_WORDS}. Each
          person needs an e-mail. Download the people below as CSV to see the layout.
        </p>
        <input
          id="cohort-file"
          name="file"
          type="file"
          accept=".csv,.json,text/csv,application/json"
          aria-describedby={error ? 'cohort-file-hint cohort-file-error' : 'cohort-file-hint'}
          aria-invalid={error ? true : undefined}
          onChange={() => {
            setChanged(true);
            setFileError(null);
          }}
          className="rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900 file:mr-3 file:rounded file:border-0 file:bg-slate-100 file:px-3 file:py-1"
        />
        {error && (
          <p id="cohort-file-error" role="alert" className="text-sm text-red-700">
            {error}
          </p>
        )}
      </div>
      <button
        type="submit"
        name="intent"
        value="preview"
        disabled={pending}
        className={`${BUTTON} self-start border border-slate-400 bg-white text-slate-900 hover:bg-slate-50`}
      >
        {pending ? 'Working…' : 'Preview'}
      </button>

      {state.status === 'preview' && (
        <section aria-labelledby="import-result" className="flex flex-col gap-4">
          <h3 id="import-result" ref={heading} tabIndex={-1} className="text-lg font-semibold">
            Preview of {state.fileName}: nothing is imported yet
          </h3>
          <PreviewSummary preview={state.preview} />
          {canImport && (
            <>
              <input type="hidden" name="previewed" value={state.digest} />
              <button
                type="submit"
                name="intent"
                value="apply"
                disabled={pending}
                className={`${BUTTON} self-start bg-indigo-700 text-white hover:bg-indigo-800`}
              >
                Import {count(state.preview.rows.length)} people
              </button>
            </>
          )}
          {changed && <p className="text-sm">You chose another file: preview it first.</p>}
        </section>
      )}
      {state.status === 'refused' && (
        <section aria-labelledby="import-result" className="flex flex-col gap-2">
          <h3 id="import-result" ref={heading} tabIndex={-1} className="text-lg font-semibold">
            Nothing was imported: {state.fileName} has problems
          </h3>
          <ProblemsTable problems={state.problems} />
        </section>
      )}
      {state.status === 'applied' && (
        <section aria-labelledby="import-result" role="status">
          <h3 id="import-result" ref={heading} tabIndex={-1} className="text-lg font-semibold">
            Imported {state.fileName}
          </h3>
          <p>
            {count(state.counts.people.create)} new people, {count(state.counts.people.update)}{' '}
            updated; {count(state.counts.goals.create)} new goals,{' '}
            {count(state.counts.goals.update)} updated.
          </p>
          {state.counts.people.create > 0 && (
            <p>
              Each new person has been e-mailed an invitation with a link that signs them in. Those
              who have not signed in yet are marked below; you can send theirs again.
            </p>
          )}
        </section>
      )}
    </form>
  );
}
