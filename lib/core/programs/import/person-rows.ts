/**
 * A file's person as rows of the Profile and Experience tables. Pure: the ids of accounts,
 * organisations and functions are looked up by the caller and handed in.
 */
import { parseYears } from '@/lib/core/matching/people-file';
import { FILE_STEP_KIND, type ExperienceKindId } from '@/lib/core/profile/experience-kinds';
import { profileFacts, type ProfileFacts } from './profile-facts';
import type { ImportPerson } from './types';

export interface Lookups {
  /** The account of a person id of the file. */
  userOf: (fileId: string) => string;
  organisationOf: (name: string) => string;
  /** Null for a step that names no function. */
  functionOf: (name: string) => string | null;
  newId: () => string;
  thisYear: number;
}

const STEP_KIND = Object.fromEntries(
  Object.entries(FILE_STEP_KIND).map(([id, fileKind]) => [fileKind, id]),
) as Record<string, ExperienceKindId>;

function offers({ offers }: ImportPerson) {
  if (offers.mentoring && offers.coaching) return 'BOTH';
  if (offers.mentoring) return 'MENTORING';
  return offers.coaching ? 'COACHING' : 'NONE';
}

export function profileRow(person: ImportPerson, stored: ProfileFacts | undefined, at: Lookups) {
  return {
    userId: at.userOf(person.id),
    organisationId: at.organisationOf(person.organization),
    functionId: at.functionOf(person.function),
    jobTitle: person.title,
    level: person.level,
    ...profileFacts(person, stored, at.thisYear),
    timezone: person.timezone,
    languages: person.languages,
    skills: person.skills,
    bio: person.bio,
    managerId: person.managerId === null ? null : at.userOf(person.managerId),
    offers: offers(person),
    capacity: person.offers.capacity,
    coachingAreas: person.offers.coachingAreas,
  };
}

export function stepRows(person: ImportPerson, at: Lookups) {
  return person.experiences.map((step) => {
    const years = parseYears(step.years);
    return {
      id: at.newId(),
      userId: at.userOf(person.id),
      title: step.title,
      level: step.level,
      functionId: at.functionOf(step.function),
      organisation: step.organization,
      country: step.country,
      kind: STEP_KIND[step.kind] ?? 'OTHER',
      // The reader checked the span; the fallback only satisfies the type.
      startYear: years?.start ?? at.thisYear,
      endYear: years ? years.end : null,
      description: step.description,
    };
  });
}
