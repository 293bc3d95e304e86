import type { ReactNode } from 'react';

/**
 * One figure of the dashboard: a heading, a line saying how it is counted, then the chart and
 * its table, or a plain sentence when there is nothing to show yet.
 */
export function HealthSection({
  id,
  title,
  about,
  empty,
  wide = false,
  children,
}: {
  id: string;
  title: string;
  about: ReactNode;
  /** What to say instead of the chart and table when there is no data yet. */
  empty?: string | false;
  wide?: boolean;
  children: ReactNode;
}) {
  return (
    <section
      aria-labelledby={id}
      className={`rounded-md border border-slate-200 bg-white p-4 ${wide ? 'lg:col-span-2' : ''}`}
    >
      <h3 id={id} className="text-lg font-semibold text-slate-900">
        {title}
      </h3>
      <p className="mb-3 text-sm text-slate-700">{about}</p>
      {empty ? <p className="text-slate-700">{empty}</p> : children}
    </section>
  );
}
