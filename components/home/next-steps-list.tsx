/** The home page's next steps and, for a newcomer, the checklist of getting started. */
import Link from 'next/link';
import type { ChecklistItem, Step } from '@/lib/core/home/next-steps';

export function NextStepsList({
  steps,
  checklist,
}: {
  steps: Step[];
  checklist: ChecklistItem[] | null;
}) {
  return (
    <div className="flex flex-col gap-6">
      <section aria-labelledby="next-steps">
        <h2 id="next-steps" className="mb-2 text-lg font-semibold">
          Next steps
        </h2>
        {steps.length === 0 ? (
          <p className="text-slate-700">
            Nothing waits for you. Check in on your relationships when you meet.
          </p>
        ) : (
          <ul className="flex flex-col gap-2" data-testid="next-steps">
            {steps.map((step) => (
              <li
                key={step.href + step.link}
                className="rounded-md border border-slate-200 bg-white p-3"
              >
                {step.text} <Link href={step.href}>{step.link}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      {checklist && (
        <section aria-labelledby="getting-started">
          <h2 id="getting-started" className="mb-2 text-lg font-semibold">
            Getting started
          </h2>
          <ol className="flex flex-col gap-1" data-testid="checklist">
            {checklist.map((item) => (
              <li key={item.text} className={item.done ? 'text-slate-600 line-through' : ''}>
                <span className="sr-only">{item.done ? 'Done: ' : 'To do: '}</span>
                {item.text}
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
