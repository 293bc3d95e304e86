import {
  confidenceInWords,
  type StoredHelpKind,
  type StoredReason,
} from '@/lib/core/goals/goal-triage';
import { HELP_KIND_NAMES, HelpKindsExplained } from './help-kinds';

interface TriageCardProps {
  triageKind: StoredHelpKind;
  confidence: number;
  reasons: StoredReason[];
  chosenKind: StoredHelpKind | null;
}

/** The recommendation for one goal, with its reasons and the person's own choice if they made one. */
export function TriageCard({ triageKind, confidence, reasons, chosenKind }: TriageCardProps) {
  return (
    <section
      aria-labelledby="triage-heading"
      className="mb-8 rounded-lg border border-indigo-200 bg-white p-5"
      data-testid="triage"
    >
      <h2 id="triage-heading" className="text-lg font-semibold">
        We suggest <span data-testid="triage-kind">{HELP_KIND_NAMES[triageKind]}</span>
      </h2>
      <p className="text-sm text-slate-700">
        This is {confidenceInWords(confidence)} ({Math.round(confidence * 100)}% confidence).
      </p>
      <ul className="mt-3 list-disc pl-6" aria-label="Why">
        {reasons.map((reason) => (
          <li key={reason.code} data-reason={reason.code}>
            {reason.text}
          </li>
        ))}
      </ul>
      {chosenKind && chosenKind !== triageKind && (
        <p
          className="mt-3 rounded-md bg-amber-50 p-2 text-sm text-amber-900"
          data-testid="chosen-kind"
        >
          You chose to look for {HELP_KIND_NAMES[chosenKind]} instead; that is what we match you
          with.
        </p>
      )}
      <HelpKindsExplained />
    </section>
  );
}
