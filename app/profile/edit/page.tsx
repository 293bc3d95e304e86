import type { Metadata } from 'next';
import { PageHeading } from '@/components/layout/page-heading';
import { requireUser } from '@/lib/server/auth/session';
import { listDirectory } from '@/lib/server/directory/list-directory';
import { getCompanyOrganisation } from '@/lib/server/profiles/company-organisation';
import { getOwnProfile } from '@/lib/server/profiles/get-own-profile';
import { ProfileForm, type ProfileDefaults } from './profile-form';

export const metadata: Metadata = { title: 'Edit your profile' };

export default async function EditProfilePage({
  searchParams,
}: {
  searchParams: Promise<{ welcome?: string }>;
}) {
  const actor = await requireUser();
  const [profile, directory, companyOrganisation, { welcome }] = await Promise.all([
    getOwnProfile({ actor }),
    listDirectory(),
    getCompanyOrganisation({ actor }),
    searchParams,
  ]);
  const defaults: ProfileDefaults = profile
    ? {
        organisation: profile.organisation.name,
        function: profile.function.name,
        jobTitle: profile.jobTitle,
        level: String(profile.level),
        yearsExperience: String(profile.yearsExperience),
        country: profile.country,
        timezone: profile.timezone,
        languages: profile.languages,
        skills: profile.skills.join(', '),
        bio: profile.bio,
        managerId: profile.manager?.id ?? '',
        offers: profile.offers,
        capacity: String(profile.capacity),
        coachingAreas: profile.coachingAreas,
        hidePastEmployers: profile.hidePastEmployers,
        hideFromSuggestions: profile.hideFromSuggestions,
      }
    : {
        organisation: companyOrganisation ?? undefined,
        offers: 'NONE',
        capacity: '0',
        languages: ['en'],
        timezone: 'UTC',
      };
  return (
    <>
      <PageHeading title={welcome ? `Welcome, ${actor.name}` : 'Your profile'}>
        {welcome
          ? 'Start by describing where you are now. People see this when you ask them for help.'
          : 'What people see when you ask them for help, or when we suggest you to them.'}
      </PageHeading>
      <ProfileForm
        defaults={defaults}
        manager={profile?.manager ? { ...profile.manager, detail: '' } : null}
        guessTimeZone={!profile}
        {...directory}
      />
    </>
  );
}
