import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeading } from '@/components/layout/page-heading';
import { Notice } from '@/components/layout/notice';
import { requireUser } from '@/lib/server/auth/session';
import { listOwnExperiences } from '@/lib/server/experiences/experiences';
import { getOwnProfile } from '@/lib/server/profiles/get-own-profile';
import { ExperienceList } from './experience-list';
import { ProfileSummary } from './profile-summary';

export const metadata: Metadata = { title: 'Your profile' };

const SAVED = { profile: 'Your profile is saved.', experience: 'Career step added.' } as const;

export default async function ProfilePage({
  searchParams,
}: {
  searchParams: Promise<{ saved?: string }>;
}) {
  const actor = await requireUser();
  const [profile, experiences, { saved }] = await Promise.all([
    getOwnProfile({ actor }),
    listOwnExperiences({ actor }),
    searchParams,
  ]);
  return (
    <>
      <PageHeading title="Your profile" />
      {saved && saved in SAVED && <Notice>{SAVED[saved as keyof typeof SAVED]}</Notice>}
      {profile ? (
        <ProfileSummary profile={profile} />
      ) : (
        <p className="mb-4">You have not described yourself yet.</p>
      )}
      <p className="mb-8 flex flex-wrap gap-4">
        <Link href="/profile/edit">{profile ? 'Edit your profile' : 'Write your profile'}</Link>
        {profile && <Link href={`/people/${actor.id}`}>See it as others see it</Link>}
      </p>
      <section aria-labelledby="experiences-heading">
        <h2 id="experiences-heading" className="mb-2 text-xl font-semibold">
          Career steps
        </h2>
        <p className="mb-4 text-slate-700">
          The moves you have lived: promotions, changes of function or country, companies founded,
          returns from a break. They show others where you have been.
        </p>
        <ExperienceList experiences={experiences} />
        <p className="mt-4">
          <Link href="/profile/experiences/new">Add a career step</Link>
        </p>
      </section>
    </>
  );
}
