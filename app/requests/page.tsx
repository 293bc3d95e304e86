import type { Metadata } from 'next';
import Link from 'next/link';
import { Notice } from '@/components/layout/notice';
import { PageHeading } from '@/components/layout/page-heading';
import {
  dateWords,
  kindWord,
  RELATIONSHIP_STATE_WORDS,
  REQUEST_STATUS_WORDS,
} from '@/components/connections/words';
import { requireUser } from '@/lib/server/auth/session';
import { listOwnRelationships } from '@/lib/server/connections/relationships';
import { listOwnRequests } from '@/lib/server/connections/requests';

export const metadata: Metadata = { title: 'Requests and relationships' };

export default async function RequestsPage({
  searchParams,
}: {
  searchParams: Promise<{ blocked?: string }>;
}) {
  const actor = await requireUser();
  const [{ blocked }, requests, relationships] = await Promise.all([
    searchParams,
    listOwnRequests({ actor }),
    listOwnRelationships({ actor }),
  ]);
  const received = requests.filter((r) => r.youReceived);
  const sent = requests.filter((r) => !received.includes(r));
  return (
    <>
      <PageHeading title="Requests and relationships" />
      {blocked && (
        <Notice>
          Done. You will not be suggested to each other again. You can undo it on{' '}
          <Link href="/account/privacy">your blocks and hidden people</Link>.
        </Notice>
      )}
      <section aria-labelledby="relationships" className="mb-8">
        <h2 id="relationships" className="mb-2 text-lg font-semibold">
          Your relationships
        </h2>
        {relationships.length === 0 ? (
          <p>None yet. A relationship starts when someone says yes to a request.</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {relationships.map((r) => {
              return (
                <li key={r.id}>
                  <Link href={`/relationships/${r.id}`}>
                    {kindWord(r.kind)} with {r.other.name}
                  </Link>{' '}
                  · {RELATIONSHIP_STATE_WORDS[r.state]} since {dateWords(r.startedAt)}
                </li>
              );
            })}
          </ul>
        )}
      </section>
      {[
        { id: 'received', title: 'Asked of you', list: received },
        { id: 'sent', title: 'You asked', list: sent },
      ].map(({ id, title, list }) => (
        <section key={id} aria-labelledby={id} className="mb-8">
          <h2 id={id} className="mb-2 text-lg font-semibold">
            {title}
          </h2>
          {list.length === 0 ? (
            <p>Nothing here.</p>
          ) : (
            <ul className="flex flex-col gap-2">
              {list.map((r) => (
                <li key={r.id}>
                  <Link href={`/requests/${r.id}`}>
                    {kindWord(r.kind)}: {r.other.name}
                  </Link>{' '}
                  · {REQUEST_STATUS_WORDS[r.status]} · sent {dateWords(r.createdAt)}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </>
  );
}
