import type { ReactNode } from 'react';

/** Facts as label and value, two aligned columns: a profile, a run's figures. */
export function FactList({
  facts,
  testId,
  className = '',
}: {
  facts: [string, ReactNode][];
  testId?: string;
  className?: string;
}) {
  return (
    <dl
      className={`mb-4 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 ${className}`}
      data-testid={testId}
    >
      {facts.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="font-medium text-slate-700">{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
