import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeading } from '@/components/layout/page-heading';
import { kindWord, REQUEST_STATUS_WORDS } from '@/components/connections/words';
import { fitInWords } from '@/lib/core/matching/fit-words';
import { requireMember } from '@/lib/server/auth/session';
import { goalsToHelp } from '@/lib/server/suggestions/goals-to-help';
import { OfferForm } from './offer-form';

export const metadata: Metadata = { title: 'Goals you would suit' };

/** The supporter's side of suggestions: goals they would suit, and a way to offer help. */
export default async function HelpPage() {
  const actor = await requireMember();
  const goals = await goalsToHelp({ actor });
  return (
    <>
      <PageHeading title="Goals you would suit">
        Their owners chose to let mentors and coaches who could help read them. You do not see who
        wrote a goal; you learn their name if they say yes to your offer.
      </PageHeading>
      {goals === null ? (
        <p>
          <Link href="/profile/edit">Offer mentoring or coaching on your profile</Link> to see the
          goals you would suit.
        </p>
      ) : goals.length === 0 ? (
        <p>No goals suit you right now. Look again soon.</p>
      ) : (
        <ol className="flex flex-col gap-4">
          {goals.map((goal) => (
            <li
              key={`${goal.goalId}-${goal.kind}`}
              className="rounded-lg border border-slate-200 bg-white p-4"
              data-testid="goal-to-help"
            >
              <p className="text-sm text-slate-700" data-testid="goal-owner">
                Wants {kindWord(goal.kind)} · {goal.owner.level} level in {goal.owner.function}
                {goal.owner.organisation ? `, at ${goal.owner.organisation}` : ''}
              </p>
              <blockquote
                className="my-2 border-l-4 border-indigo-300 pl-3 whitespace-pre-line"
                dir="auto"
              >
                {goal.statement}
              </blockquote>
              <p className="text-sm font-medium text-indigo-900">{fitInWords(goal.score)}</p>
              {goal.offered ? (
                <p className="text-sm">Your offer: {REQUEST_STATUS_WORDS[goal.offered]}</p>
              ) : (
                <details>
                  <summary className="cursor-pointer text-indigo-800">Offer to help</summary>
                  <div className="mt-3">
                    <OfferForm goalId={goal.goalId} kind={goal.kind} />
                  </div>
                </details>
              )}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
