import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PersonProfileView } from '@/components/people/person-profile-view';
import { requireUser } from '@/lib/server/auth/session';
import { findPersonProfile } from '@/lib/server/profiles/person-profile';
import { personPageSchema } from '@/lib/validation/profile';

export const metadata: Metadata = { title: 'Profile' };

/** Someone's profile, for a person who may see it; everyone else gets the same "not found". */
export default async function PersonPage({ params }: { params: Promise<{ userId: string }> }) {
  const actor = await requireUser();
  const parsed = personPageSchema.safeParse(await params);
  if (!parsed.success) notFound();
  const profile = await findPersonProfile({ actor, userId: parsed.data.userId });
  if (!profile) notFound();
  return (
    <>
      {profile.isYou && (
        <p className="mb-6 rounded-md border border-indigo-200 bg-indigo-50 p-3 text-indigo-950">
          This is how others see your profile. <Link href="/profile/edit">Edit your profile</Link>{' '}
          to change what it says or who sees it.
        </p>
      )}
      <PersonProfileView profile={profile} />
    </>
  );
}
