import Link from 'next/link';
import { Notice } from '@/components/layout/notice';
import { PageHeading } from '@/components/layout/page-heading';
import { GuestHome } from '@/components/home/guest-home';
import { NextStepsList } from '@/components/home/next-steps-list';
import { UpcomingMeetings } from '@/components/meetings/upcoming-meetings';
import { newcomerChecklist, nextSteps } from '@/lib/core/home/next-steps';
import { getActor } from '@/lib/server/auth/session';
import { listOwnRelationships } from '@/lib/server/connections/relationships';
import { homeFacts } from '@/lib/server/home/home-facts';
import { listUpcomingMeetings } from '@/lib/server/meetings/upcoming-meetings';

export default async function HomePage({
  searchParams,
}: {
  searchParams: Promise<{ account?: string; guest?: string }>;
}) {
  const [actor, { account, guest }] = await Promise.all([getActor(), searchParams]);
  if (!actor) {
    return (
      <>
        {account === 'deleted' && (
          <Notice>Your account is deleted, with your profile, goals and everything in them.</Notice>
        )}
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
  if (actor.isGuest)
    return (
      <GuestHome
        name={actor.name}
        relationships={await listOwnRelationships({ actor })}
        sentBack={guest === '1'}
      />
    );
  const [facts, upcoming] = await Promise.all([
    homeFacts({ actor }),
    listUpcomingMeetings({ actor }),
  ]);
  return (
    <>
      <PageHeading title={`Welcome, ${actor.name}`} />
      <UpcomingMeetings meetings={upcoming.meetings} zone={upcoming.zone} />
      <NextStepsList steps={nextSteps(facts)} checklist={newcomerChecklist(facts)} />
    </>
  );
}
