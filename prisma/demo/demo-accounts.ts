/**
 * The two fixed accounts people sign in with to try the product: an employee with a
 * profile, a career and a goal (the same whatever the seed, so guides and browser tests can
 * rely on them), and a platform admin, who has no profile.
 */
import { DEMO_ADMIN_EMAIL, DEMO_EMPLOYEE_EMAIL } from './accounts';
import type { CareerStep } from './career';
import { functionSpec } from './catalog/functions';
import type { OrganisationSpec } from './catalog/organisations';
import type { GoalDraft } from './goals/goals-for';
import type { Person } from './people';

export const DEMO_ADMIN = { name: 'Robin Admin', email: DEMO_ADMIN_EMAIL } as const;

export function demoEmployee(organisation: OrganisationSpec): Person {
  return {
    index: 0,
    organisationIndex: 0,
    organisation,
    function: functionSpec('Engineering'),
    level: 4,
    jobTitle: 'Senior Software Engineer',
    yearsExperience: 7,
    name: { first: 'Sam', last: 'Rivera' },
    email: DEMO_EMPLOYEE_EMAIL,
    country: 'GB',
    originCountry: 'ES',
    timezone: 'Europe/London',
    languages: ['es', 'en'],
    skills: ['TypeScript', 'PostgreSQL', 'System design', 'Code review'],
  };
}

export const DEMO_EMPLOYEE_BIO =
  'Backend engineer, originally from Madrid. I work on the patient-records API.';

export function demoEmployeeCareer(person: Person, referenceYear: number): CareerStep[] {
  return [
    {
      title: 'Software Engineer',
      level: 2,
      functionName: 'Engineering',
      organisation: 'Kestrel Systems',
      country: 'ES',
      kind: 'OTHER',
      startYear: referenceYear - person.yearsExperience,
      endYear: referenceYear - 4,
      description: 'First role after university, building booking systems in Madrid.',
    },
    {
      title: person.jobTitle,
      level: person.level,
      functionName: 'Engineering',
      organisation: person.organisation.name,
      country: person.country,
      kind: 'COUNTRY_MOVE',
      startYear: referenceYear - 4,
      endYear: null,
      description: `Moved to London to join ${person.organisation.name}; now I look after the patient-records API.`,
    },
  ];
}

export const DEMO_EMPLOYEE_GOAL: GoalDraft = {
  statement:
    "I'd like to move into engineering management in the next year or two, but I've never " +
    'managed anyone. It would help to talk to someone who has made that jump. I also freeze ' +
    'a bit when presenting to senior people and want to get better at it.',
  targetTitle: 'Engineering Manager',
  targetLevel: 5,
  horizon: 'YEARS_2',
  clarity: 'CLEAR',
  needs: ['navigate-path', 'presentation'],
};
