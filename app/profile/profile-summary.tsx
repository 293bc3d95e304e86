import { FactList } from '@/components/layout/fact-list';
import { NEED_LABELS, type GoalNeed } from '@/lib/core/goals/needs';
import { levelName } from '@/lib/core/profile/levels';
import { countryName, languageName } from '@/lib/core/profile/places';
import type { getOwnProfile } from '@/lib/server/profiles/get-own-profile';

type Profile = NonNullable<Awaited<ReturnType<typeof getOwnProfile>>>;

const OFFERS = {
  NONE: 'Not offering help now',
  MENTORING: 'Mentoring',
  COACHING: 'Coaching',
  BOTH: 'Mentoring and coaching',
};

export function ProfileSummary({ profile }: { profile: Profile }) {
  const rows: [string, string][] = [
    ['Job title', profile.jobTitle],
    ['Organisation', profile.organisation.name],
    ['Function', profile.function.name],
    ['Level', `${profile.level} · ${levelName(profile.level)}`],
    ['Years of experience', String(profile.yearsExperience)],
    ['Country', countryName(profile.country)],
    ['Time zone', profile.timezone],
    ['Languages', profile.languages.map(languageName).join(', ')],
    ['Skills', profile.skills.join(', ') || '—'],
    ['Manager', profile.manager ? profile.manager.name : '—'],
    ['Offers', OFFERS[profile.offers]],
  ];
  if (profile.offers !== 'NONE') rows.push(['Can take on', `${profile.capacity} people`]);
  if (profile.coachingAreas.length) {
    rows.push([
      'Coaches on',
      profile.coachingAreas.map((area) => NEED_LABELS[area as GoalNeed] ?? area).join(', '),
    ]);
  }
  rows.push([
    'Past employers',
    profile.hidePastEmployers ? 'Hidden from others' : 'Shown to others',
  ]);
  if (profile.hideFromSuggestions) rows.push(['Suggestions', 'You are not suggested to anyone']);
  else if (profile.offers !== 'NONE')
    rows.push(['Suggestions', 'Suggested to people your help would suit']);
  return (
    <>
      <FactList facts={rows} testId="profile-summary" />
      {profile.bio && <p className="mb-4 whitespace-pre-line">{profile.bio}</p>}
    </>
  );
}
