/**
 * Test factories for people-and-goals files: each call makes fresh data with unique ids, and a
 * test states only the fields it is about.
 */
import type {
  FileExperience,
  FileGoal,
  FilePerson,
  PeopleFile,
} from '@/lib/core/matching/people-file';

let next = 0;
const uid = (prefix: string) => `${prefix}-${++next}`;

export const REFERENCE_DATE = new Date('2026-01-15T12:00:00Z');

export function makePerson(overrides: Partial<FilePerson> = {}): FilePerson {
  return {
    id: uid('person'),
    name: 'Sam Example',
    organization: 'Acme',
    function: 'Finance',
    title: 'Analyst',
    level: 3,
    managerId: null,
    languages: ['en'],
    timezone: 'Europe/London',
    skills: [],
    bio: '',
    offers: { mentoring: false, coaching: false, capacity: 0, coachingAreas: [] },
    experiences: [],
    ...overrides,
  };
}

export function makeSupporter(overrides: Partial<FilePerson> = {}): FilePerson {
  return makePerson({
    title: 'Director',
    level: 6,
    offers: { mentoring: true, coaching: true, capacity: 3, coachingAreas: [] },
    ...overrides,
  });
}

export function makeStep(overrides: Partial<FileExperience> = {}): FileExperience {
  return {
    title: 'Manager',
    level: 5,
    function: 'Finance',
    organization: 'Elsewhere Ltd',
    country: 'GB',
    kind: 'other',
    years: '2020-',
    description: '',
    ...overrides,
  };
}

export function makeGoal(personId: string, overrides: Partial<FileGoal> = {}): FileGoal {
  return { id: uid('goal'), personId, text: 'I want to grow in my career.', ...overrides };
}

export function makeFile(people: FilePerson[], goals: FileGoal[]): PeopleFile {
  return { people, goals };
}
