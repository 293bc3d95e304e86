/**
 * One side of a proposal's side-by-side view: what a pairing rests on, for one person. The
 * same facts on both sides, in the same order, so an admin reads across rather than hunting.
 */
import { FactList } from '@/components/layout/fact-list';
import { AREA_WORDS } from '@/lib/core/matching/fit/coaching';
import type { GoalNeed } from '@/lib/core/goals/needs';
import { EXPERIENCE_KINDS } from '@/lib/core/profile/experience-kinds';
import { levelName } from '@/lib/core/profile/levels';
import { languageName } from '@/lib/core/profile/places';
import type { PersonFacts as Facts } from '@/lib/server/programs/runs/need-review';

const OFFERS = {
  NONE: 'Not offering help now',
  MENTORING: 'Mentoring',
  COACHING: 'Coaching',
  BOTH: 'Mentoring and coaching',
} as const;

const years = (start: number, end: number | null) =>
  end === null ? `since ${start}` : end === start ? `${start}` : `${start}–${end}`;

export function PersonFacts({
  person,
  heading,
  showOffer = false,
}: {
  person: Facts;
  heading: string;
  showOffer?: boolean;
}) {
  const profile = person.profile;
  const facts: [string, React.ReactNode][] = profile
    ? [
        [
          'Role',
          <span key="role" dir="auto">
            {profile.jobTitle}
          </span>,
        ],
        ['Level', levelName(profile.level)],
        ['Works at', `${profile.organisation.name}, ${profile.function.name}`],
        ['Languages', profile.languages.map(languageName).join(', ') || '—'],
        ['Time zone', profile.timezone.replaceAll('_', ' ')],
      ]
    : [['Profile', 'Not filled in yet']];
  if (profile && showOffer)
    facts.push(
      ['Offers', `${OFFERS[profile.offers]}, up to ${profile.capacity} at a time`],
      [
        'Coaches',
        profile.coachingAreas.map((area) => AREA_WORDS[area as GoalNeed] ?? area).join(', ') || '—',
      ],
    );
  return (
    <section
      aria-labelledby={`person-${person.id}`}
      className="rounded-lg border border-slate-200 bg-white p-4"
    >
      <p className="text-sm text-slate-700">{heading}</p>
      <h3 id={`person-${person.id}`} className="mb-3 text-lg font-semibold" dir="auto">
        {person.name}
      </h3>
      <FactList facts={facts} />
      <h4 className="mb-1 font-medium">Career steps they have lived</h4>
      {person.experiences.length === 0 ? (
        <p className="text-sm text-slate-700">None written down yet.</p>
      ) : (
        <ol className="flex flex-col gap-1 text-sm">
          {person.experiences.map((step) => (
            <li key={step.id}>
              <span className="font-medium" dir="auto">
                {step.title}
              </span>{' '}
              <span className="text-slate-700">
                (<span dir="auto">{step.organisation}</span>
                {step.function ? `, ${step.function.name}` : ''}, {levelName(step.level)},{' '}
                {years(step.startYear, step.endYear)}) · {EXPERIENCE_KINDS[step.kind]}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
