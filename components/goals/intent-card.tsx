/**
 * How the product read a goal, in plain words, so the person can see what matching will look
 * for ("From Senior Engineer to Engineering Manager, a step up within Engineering") and correct
 * it when it is wrong. The correction form is handed in, as pages pass forms to components.
 */
import type { ReactNode } from 'react';

export function IntentCard({
  sentence,
  corrected,
  correction,
}: {
  sentence: string;
  corrected: boolean;
  correction: ReactNode;
}) {
  return (
    <section
      aria-labelledby="intent-heading"
      className="mb-8 rounded-lg border border-slate-200 bg-white p-5"
    >
      <h2 id="intent-heading" className="mb-2 text-lg font-semibold">
        {corrected ? 'What your goal is after, as you told us' : 'What we read in your goal'}
      </h2>
      <p data-testid="goal-intent">
        {corrected ? '' : 'We read this as: '}
        {sentence}
      </p>
      <p className="mt-1 text-sm text-slate-700">Matching looks for people who have lived this.</p>
      <details className="mt-4">
        <summary className="cursor-pointer text-sm font-medium">
          {corrected ? 'Change it' : 'Not quite right? Correct it'}
        </summary>
        <div className="mt-4">{correction}</div>
      </details>
    </section>
  );
}
