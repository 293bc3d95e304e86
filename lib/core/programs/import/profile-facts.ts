/**
 * Profile facts the file format does not carry: the country a person works in and their years
 * of experience. Both are read from their career steps (the latest step's country, years since
 * the first step began), else kept from the profile they have, else left for them to fill in.
 */
import { parseYears } from '@/lib/core/matching/people-file';
import { isCountryCode } from '@/lib/core/profile/places';
import type { ImportPerson } from './types';

export interface ProfileFacts {
  country: string;
  yearsExperience: number;
}

const MAX_YEARS = 60;

export function profileFacts(
  person: ImportPerson,
  existing: ProfileFacts | undefined,
  thisYear: number,
): ProfileFacts {
  const spans = person.experiences.flatMap((step) => {
    const span = parseYears(step.years);
    return span ? [{ ...span, country: step.country.trim().toUpperCase() }] : [];
  });
  // The latest step: an ongoing one first, then the one that ended or began last.
  const latest = spans.toSorted(
    (a, b) => (b.end ?? Infinity) - (a.end ?? Infinity) || b.start - a.start,
  )[0];
  const first = Math.min(...spans.map((span) => span.start));
  return {
    country: latest && isCountryCode(latest.country) ? latest.country : (existing?.country ?? ''),
    yearsExperience: spans.length
      ? Math.min(MAX_YEARS, Math.max(0, thisYear - first))
      : (existing?.yearsExperience ?? 0),
  };
}
