import Link from 'next/link';
import type { RequestStatusWords } from '@/components/connections/words';
import { ActionButton } from '@/components/forms/action-button';
import { Avatar } from '@/components/people/avatar';
import { fitInWords } from '@/lib/core/matching/fit-words';
import type { Actor } from '@/lib/server/auth/session';
import { suggestionsForGoal } from '@/lib/server/suggestions/goal-suggestions';
import { dismissSuggestionAction, dontSuggestAgainAction } from '@/app/connections/actions';
import { AskForm } from './ask-form';

// Zero-point reasons that are a cost of the pair, said so the person can weigh them.
const TRADE_OFFS = new Set([
  'nothing-lived',
  'less-senior',
  'does-not-coach',
  'same-organisation',
  'no-timezone-overlap',
]);

const HEADINGS = { mentor: 'Suggested mentors', coach: 'Suggested coaches' } as const;
const STATUS_WORDS: RequestStatusWords = {
  OPEN: 'Request sent, waiting for an answer',
  ACCEPTED: 'Said yes',
  DECLINED: "Couldn't take it on",
  WITHDRAWN: 'Request withdrawn',
  EXPIRED: 'Request expired',
};

/**
 * The people the engine suggests for this goal, with why, and the three things a person can
 * do about each: ask them, hide them from this goal, or never see them suggested again.
 */
export async function Suggestions({ actor, goalId }: { actor: Actor; goalId: string }) {
  const { lists, people, asked, hasProfile } = await suggestionsForGoal({ actor, goalId });
  if (!hasProfile)
    return (
      <p className="mb-8">
        <Link href="/profile/edit">Fill in your profile</Link> to see who could help with this goal.
      </p>
    );
  return (
    <>
      {lists.map((list) => (
        <section key={list.kind} className="mb-8" aria-labelledby={`heading-${list.kind}`}>
          <h2 id={`heading-${list.kind}`} className="mb-3 text-lg font-semibold">
            {HEADINGS[list.kind]}
          </h2>
          {list.candidates.length === 0 ? (
            <p>Nobody suits this goal right now. New people join all the time; look again soon.</p>
          ) : (
            <ol className="flex flex-col gap-4">
              {list.candidates.map((candidate) => {
                const person = people.get(candidate.personId);
                if (!person) return null;
                const kind = list.kind === 'mentor' ? 'MENTOR' : 'COACH';
                const status = asked.get(`${kind}:${candidate.personId}`);
                const reasons = candidate.reasons.filter((reason) => reason.points > 0);
                const tradeOffs = candidate.reasons.filter((reason) => TRADE_OFFS.has(reason.code));
                return (
                  <li
                    key={candidate.personId}
                    className="rounded-lg border border-slate-200 bg-white p-4"
                    data-testid="suggestion"
                  >
                    <div className="flex items-center gap-3">
                      <Avatar id={candidate.personId} name={person.name} />
                      <p className="font-medium">
                        <Link href={`/people/${candidate.personId}`} dir="auto">
                          {person.name}
                        </Link>{' '}
                        <span className="font-normal text-slate-700" dir="auto">
                          · {person.title}, {person.function}, {person.organisation}
                        </span>
                      </p>
                    </div>
                    <p className="text-sm font-medium text-indigo-900">
                      {fitInWords(candidate.score)}
                    </p>
                    <ul className="my-2 list-disc pl-5 text-sm text-slate-800">
                      {reasons.slice(0, 4).map((reason) => (
                        <li key={reason.code}>{reason.text}</li>
                      ))}
                    </ul>
                    {tradeOffs.length > 0 && (
                      <p className="mb-2 text-sm text-slate-700">
                        Worth knowing: {tradeOffs.map((reason) => reason.text).join(' ')}
                      </p>
                    )}
                    {status ? (
                      <p className="text-sm">{STATUS_WORDS[status]}</p>
                    ) : (
                      <details>
                        <summary className="cursor-pointer text-indigo-800">
                          Ask {person.name}
                        </summary>
                        <div className="mt-3">
                          <AskForm
                            goalId={goalId}
                            personId={candidate.personId}
                            personName={person.name}
                            kind={kind}
                          />
                        </div>
                      </details>
                    )}
                    <div className="mt-3 flex flex-wrap gap-3">
                      <ActionButton
                        action={dismissSuggestionAction}
                        fields={{ goalId, personId: candidate.personId }}
                        label="Not for me"
                        context={`(hide ${person.name} for this goal)`}
                      />
                      <ActionButton
                        action={dontSuggestAgainAction}
                        fields={{ goalId, personId: candidate.personId }}
                        label="Don't suggest again"
                        context={`(${person.name}, for any goal)`}
                      />
                    </div>
                  </li>
                );
              })}
            </ol>
          )}
        </section>
      ))}
    </>
  );
}
