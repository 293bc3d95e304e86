import Link from 'next/link';
import { Notice } from '@/components/layout/notice';
import { PageHeading } from '@/components/layout/page-heading';
import { RELATIONSHIP_STATE_WORDS, dateWords } from '@/components/connections/words';

interface GuestRelationship {
  id: string;
  kind: string;
  state: keyof typeof RELATIONSHIP_STATE_WORDS;
  startedAt: Date;
  other: { name: string };
}

/**
 * Home for a guest invited from outside: their relationships, and the way to become a member.
 * Nothing else of the platform (suggestions, goals, programs, people) is theirs to see yet.
 */
export function GuestHome({
  name,
  relationships,
  sentBack,
}: {
  name: string;
  relationships: GuestRelationship[];
  sentBack: boolean;
}) {
  return (
    <>
      <PageHeading title={`Welcome, ${name}`}>
        You are here as a guest: someone invited you to help them, and you see the relationships you
        said yes to.
      </PageHeading>
      {sentBack && (
        <Notice>
          That page is for members. Make your full profile below to use all of Pathfinder.
        </Notice>
      )}
      <section aria-labelledby="guest-relationships" className="mb-8">
        <h2 id="guest-relationships" className="mb-2 text-lg font-semibold">
          Your relationships
        </h2>
        {relationships.length === 0 ? (
          <p>
            None yet. When you accept an invitation from the link in its e-mail, your relationship
            shows here.
          </p>
        ) : (
          <ul className="flex flex-col gap-2">
            {relationships.map((r) => (
              <li key={r.id}>
                <Link href={`/relationships/${r.id}`}>
                  {r.kind === 'MENTOR' ? 'Mentoring' : 'Coaching'} {r.other.name}
                </Link>{' '}
                · {RELATIONSHIP_STATE_WORDS[r.state]} since {dateWords(r.startedAt)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section
        aria-labelledby="become-member"
        className="rounded-lg border border-slate-200 bg-white p-5"
      >
        <h2 id="become-member" className="mb-1 text-lg font-semibold">
          Make your full profile
        </h2>
        <p className="mb-3 text-slate-700">
          With a profile you can set goals of your own, find mentors and coaches, and offer your
          help to others. Your relationships stay as they are.
        </p>
        <Link href="/profile/edit">Make your full profile</Link>
      </section>
    </>
  );
}
