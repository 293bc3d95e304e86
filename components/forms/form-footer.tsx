'use client';

/** The form-wide message (if any) and the submit button, which says when it is working. */
interface FormFooterProps {
  errors?: string[];
  label: string;
  pendingLabel?: string;
  pending: boolean;
}

export function FormFooter({ errors, label, pendingLabel, pending }: FormFooterProps) {
  return (
    <div className="flex flex-col gap-3">
      {errors?.length ? (
        <p
          role="alert"
          className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800"
          data-testid="form-error"
        >
          {errors.join(' ')}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={pending}
        className="self-start rounded-md bg-indigo-700 px-4 py-2 font-medium text-white hover:bg-indigo-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-700 disabled:opacity-60"
      >
        {pending ? (pendingLabel ?? 'Saving…') : label}
      </button>
    </div>
  );
}
