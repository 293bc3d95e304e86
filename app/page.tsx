import Link from 'next/link';
import { PageHeading } from '@/components/layout/page-heading';
import { UpcomingMeetings } from '@/components/meetings/upcoming-meetings';
import { getActor } from '@/lib/server/auth/session';
import { listUpcomingMeetings } from '@/lib/server/meetings/upcoming-meetings';

export default async function HomePage() {
  const actor = await getActor();
  if (!actor) {
    return (
      <>
        <PageHeading title="A mentor or a coach?">
          Some goals need someone who has already walked the path you have chosen. Others need
          someone who helps you build a skill or find your direction. Pathfinder tells you which,
          explains why, and introduces you to people from other teams and organisations. Nothing
          starts unless both of you say yes.
        </PageHeading>
        <p className="flex gap-4">
          <Link href="/sign-up">Create an account</Link>
          <Link href="/sign-in">Sign in</Link>
        </p>
      </>
    );
  }
  const upcoming = await listUpcomingMeetings({ actor });
  return (
    <>
      <PageHeading title={`Welcome, ${actor.name}`} />
      <UpcomingMeetings meetings={upcoming.meetings} zone={upcoming.zone} />
      <ul className="list-disc pl-6">
        <li>
          <Link href="/goals">Your goals</Link>
        </li>
        <li>
          <Link href="/profile">Your profile and career steps</Link>
        </li>
      </ul>
    </>
  );
}
