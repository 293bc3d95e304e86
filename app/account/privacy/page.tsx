import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { dateWords } from '@/components/connections/words';
import { ActionButton } from '@/components/forms/action-button';
import { ConfirmButton } from '@/components/forms/confirm-button';
import { Notice } from '@/components/layout/notice';
import { PageHeading } from '@/components/layout/page-heading';
import { Avatar } from '@/components/people/avatar';
import { requireUser } from '@/lib/server/auth/session';
import { listOwnPrivacyChoices } from '@/lib/server/connections/privacy-choices';
import { suggestAgainAction, unblockPersonAction } from './actions';

export const metadata: Metadata = { title: 'People you blocked or hid' };

const UNDONE: Record<string, string> = {
  block: 'Unblocked. You can be suggested to each other again.',
  hidden: 'Done. They can be suggested to you again.',
};

/** One person on either list: who, since when, and the undo given as `children`. */
function PersonRow({
  person,
  children,
}: {
  person: { id: string; name: string; since: Date };
  children: ReactNode;
}) {
  return (
    <li className="flex flex-wrap items-center gap-3 rounded-md border border-slate-200 bg-white p-3">
      <Avatar id={person.id} name={person.name} />
      <span className="mr-auto" dir="auto">
        {person.name}
        <span className="text-sm text-slate-700"> · since {dateWords(person.since)}</span>
      </span>
      {children}
    </li>
  );
}

/** One's own blocks and "don't suggest again" choices, each with its undo. */
export default async function PrivacyPage({
  searchParams,
}: {
  searchParams: Promise<{ undone?: string }>;
}) {
  const actor = await requireUser();
  const [{ blocked, hidden }, { undone }] = await Promise.all([
    listOwnPrivacyChoices({ actor }),
    searchParams,
  ]);
  return (
    <>
      <PageHeading title="People you blocked or hid">
        Only you see this list. Nobody is told that you blocked or hid them.
      </PageHeading>
      {undone && UNDONE[undone] && <Notice>{UNDONE[undone]}</Notice>}
      <section aria-labelledby="blocked-heading" className="mb-10">
        <h2 id="blocked-heading" className="mb-2 text-xl font-semibold">
          Blocked
        </h2>
        <p className="mb-4 text-slate-700">
          You and they are never suggested to each other, and neither can ask the other for help.
        </p>
        {blocked.length === 0 ? (
          <p>You have not blocked anyone.</p>
        ) : (
          <ul className="flex flex-col gap-3" data-testid="blocked-people">
            {blocked.map((person) => (
              <PersonRow key={person.id} person={person}>
                <ConfirmButton
                  action={unblockPersonAction}
                  fields={{ personId: person.id }}
                  label="Unblock"
                  context={person.name}
                  question={`Unblock ${person.name}? You can be suggested to each other and ask each other for help again. What the block ended does not come back.`}
                  confirmLabel={`Yes, unblock ${person.name}`}
                />
              </PersonRow>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="hidden-heading" className="mb-10">
        <h2 id="hidden-heading" className="mb-2 text-xl font-semibold">
          Not suggested again
        </h2>
        <p className="mb-4 text-slate-700">
          People you asked us not to suggest again, for any goal.
        </p>
        {hidden.length === 0 ? (
          <p>Nobody. &ldquo;Don&apos;t suggest again&rdquo; on a suggestion puts someone here.</p>
        ) : (
          <ul className="flex flex-col gap-3" data-testid="hidden-people">
            {hidden.map((person) => (
              <PersonRow key={person.id} person={person}>
                <ActionButton
                  action={suggestAgainAction}
                  fields={{ personId: person.id }}
                  label="Suggest again"
                  context={person.name}
                />
              </PersonRow>
            ))}
          </ul>
        )}
      </section>
      <Link href="/account">Back to your account</Link>
    </>
  );
}
