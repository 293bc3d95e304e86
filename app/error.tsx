'use client';
/**
 * What a page shows when something failed on our side (the database restarting, say): a plain
 * message and a way to try again, never a stack trace. The details are in the server's log.
 */
export default function PageError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div role="alert" className="flex flex-col items-start gap-3">
      <h1 className="text-2xl font-semibold text-slate-900">Something went wrong on our side</h1>
      <p>Nothing you did caused it. Try again in a moment; what you saved is safe.</p>
      <button
        type="button"
        onClick={reset}
        className="rounded-md bg-indigo-700 px-4 py-2 font-medium text-white hover:bg-indigo-800"
      >
        Try again
      </button>
    </div>
  );
}
