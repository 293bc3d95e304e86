/** The other person's contact details on a live relationship's page. */
import type { ReactNode } from 'react';
import { FactList } from '@/components/layout/fact-list';
import { countryName, languageName } from '@/lib/core/profile/places';

export interface ContactPerson {
  name: string;
  email: string;
  profile: {
    jobTitle: string;
    country: string;
    timezone: string;
    languages: string[];
    organisation: { name: string };
    function: { name: string };
  } | null;
}

export function ContactDetails({ person }: { person: ContactPerson }) {
  const { profile } = person;
  const facts: [string, ReactNode][] = [
    [
      'E-mail',
      <a key="email" href={`mailto:${person.email}`} data-testid="contact-email">
        {person.email}
      </a>,
    ],
  ];
  if (profile)
    facts.push(
      [
        'Role',
        <span key="role" dir="auto">{`${profile.jobTitle}, ${profile.function.name}`}</span>,
      ],
      [
        'Organisation',
        <span key="organisation" dir="auto">
          {profile.organisation.name}
        </span>,
      ],
      ['Country', countryName(profile.country)],
      ['Time zone', profile.timezone],
      ['Languages', profile.languages.map(languageName).join(', ') || '—'],
    );
  return (
    <section aria-labelledby="contact" className="mb-6">
      <h2 id="contact" className="mb-1 font-semibold">
        How to reach {person.name}
      </h2>
      <p className="mb-2 text-sm text-slate-700">
        You both said yes, so you see each other&apos;s details while the relationship lasts.
      </p>
      <FactList facts={facts} testId="contact-details" />
    </section>
  );
}
