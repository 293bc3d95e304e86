import { FactList } from '@/components/layout/fact-list';
import { NEED_LABELS, type GoalNeed } from '@/lib/core/goals/needs';
import { EXPERIENCE_KINDS, type ExperienceKindId } from '@/lib/core/profile/experience-kinds';
import { levelName } from '@/lib/core/profile/levels';
import { countryName, languageName } from '@/lib/core/profile/places';
import type { PersonProfile } from '@/lib/server/profiles/person-profile';
import { Avatar } from './avatar';

const OFFERS = {
  NONE: 'Not offering help now',
  MENTORING: 'Mentoring',
  COACHING: 'Coaching',
  BOTH: 'Mentoring and coaching',
} as const;

/** Someone's profile as another person sees it: who they are, what they have lived, what they offer. */
export function PersonProfileView({ profile }: { profile: PersonProfile }) {
  const facts: [string, string][] = [
    ['Job title', profile.jobTitle],
    ['Organisation', profile.organisation],
    ['Function', profile.function],
    ['Level', levelName(profile.level)],
    ['Languages', profile.languages.map(languageName).join(', ')],
    ['Time zone', profile.timezone.replaceAll('_', ' ')],
    ['Country', countryName(profile.country)],
    ['Offers', OFFERS[profile.offers]],
  ];
  if (profile.coachingAreas.length)
    facts.push([
      'Coaches on',
      profile.coachingAreas.map((area) => NEED_LABELS[area as GoalNeed] ?? area).join(', '),
    ]);
  if (profile.offers !== 'NONE')
    facts.push(['Room', profile.hasRoom ? 'Has room for someone new' : 'No free place right now']);
  return (
    <>
      <div className="mb-6 flex items-center gap-4">
        <Avatar id={profile.id} name={profile.name} size="large" />
        <div>
          <h1 className="text-2xl font-semibold text-slate-900" dir="auto">
            {profile.name}
          </h1>
          <p className="text-slate-700" dir="auto">
            {profile.jobTitle} · {profile.function} · {profile.organisation}
          </p>
        </div>
      </div>
      <FactList facts={facts} testId="person-facts" />
      {profile.bio && (
        <p className="mb-6 whitespace-pre-line" dir="auto">
          {profile.bio}
        </p>
      )}
      <section aria-labelledby="career-steps" className="mb-8">
        <h2 id="career-steps" className="mb-2 text-lg font-semibold">
          Career steps {profile.isYou ? 'you have' : 'they have'} lived
        </h2>
        {profile.pastEmployersHidden && (
          <p className="mb-2 text-sm text-slate-700">
            {profile.isYou ? 'You keep' : `${profile.name} keeps`} the names of past employers
            private.
          </p>
        )}
        {profile.experiences.length === 0 ? (
          <p className="text-slate-700">No career steps written yet.</p>
        ) : (
          <ul className="flex flex-col gap-3" data-testid="person-steps">
            {profile.experiences.map((step) => (
              <li key={step.id} className="rounded-md border border-slate-200 bg-white p-4">
                <p className="font-medium" dir="auto">
                  {step.title}
                  {step.organisation ? `, ${step.organisation}` : ''}
                </p>
                <p className="text-sm text-slate-700">
                  {EXPERIENCE_KINDS[step.kind as ExperienceKindId] ?? step.kind} ·{' '}
                  {levelName(step.level)}
                  {step.function ? ` · ${step.function}` : ''} · {countryName(step.country)} ·{' '}
                  {step.startYear}–{step.endYear ?? 'now'}
                </p>
                {step.description && (
                  <p className="mt-1" dir="auto">
                    {step.description}
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
