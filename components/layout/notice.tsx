import type { ReactNode } from 'react';

/** A confirmation after something was saved; announced politely to screen readers. */
export function Notice({ children }: { children: ReactNode }) {
  return (
    <p
      role="status"
      className="mb-6 rounded-md border border-emerald-300 bg-emerald-50 p-3 text-emerald-900"
    >
      {children}
    </p>
  );
}
