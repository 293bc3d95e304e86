/**
 * The demo data generator: deterministic (same seed and size, same people, careers and goals),
 * with no I/O and no clock. It returns plain rows with ids already wired, for `loadDemoData`.
 * The ids alone are random (unless a test hands in its own `newId`): the seed is public, and
 * ids derived from it would let anyone work out the id of a goal they were never shown.
 */
import { DEMO_EMPLOYEE_EMAIL } from './accounts';
import { bioFor } from './bios';
import { careerFor, type CareerStep } from './career';
import { FUNCTIONS } from './catalog/functions';
import { ORGANISATIONS } from './catalog/organisations';
import {
  DEMO_ADMIN,
  DEMO_EMPLOYEE_BIO,
  DEMO_EMPLOYEE_GOAL,
  demoEmployee,
  demoEmployeeCareer,
} from './demo-accounts';
import { goalsFor, type GoalDraft } from './goals/goals-for';
import { randomId } from '@/lib/node/random-id';
import { createNameSource } from './names';
import { offerFor, type Offer } from './offers';
import { generatePeople, type Person } from './people';
import { createRandom } from './random';
import { assignManagers } from './reporting-lines';
import type { DemoData, DemoOptions } from './types';

export const DEFAULT_REFERENCE_YEAR = 2026;
export const MAX_DEMO_PEOPLE = 100_000;

const NO_OFFER: Offer = { offers: 'NONE', capacity: 0, coachingAreas: [] };

export function generateDemoData(options: DemoOptions): DemoData {
  const { seed, people: count, newId = randomId } = options;
  const referenceYear = options.referenceYear ?? DEFAULT_REFERENCE_YEAR;
  if (!Number.isInteger(seed)) throw new RangeError('The seed must be an integer.');
  if (!Number.isInteger(count) || count < 1 || count > MAX_DEMO_PEOPLE)
    throw new RangeError(`people must be a whole number from 1 to ${MAX_DEMO_PEOPLE}.`);

  const stream = (name: string) => createRandom(seed, name);
  const people = generatePeople(count, {
    random: stream('people'),
    nameFor: createNameSource(seed),
    demoEmployee,
  });
  const managers = assignManagers(
    people.map((person) => ({
      organisationIndex: person.organisationIndex,
      functionName: person.function.name,
      level: person.level,
    })),
    stream('reporting-lines'),
  );
  const careers = stream('careers');
  const offers = stream('offers');
  const bios = stream('bios');
  const goalsRandom = stream('goals');
  const organisationIds = ORGANISATIONS.map(() => newId());
  const functionIds = new Map(FUNCTIONS.map((spec) => [spec.name, newId()]));
  const userIds = people.map(() => newId());
  const userIdOf = (person: Person) => userIds[person.index] ?? '';

  const data: DemoData = {
    organisations: ORGANISATIONS.map((spec, index) => ({
      id: organisationIds[index] ?? '',
      name: spec.name,
    })),
    functions: FUNCTIONS.map((spec) => ({ id: functionIds.get(spec.name) ?? '', name: spec.name })),
    users: [],
    profiles: [],
    experiences: [],
    goals: [],
  };
  for (const person of people) {
    const isDemo = person.email === DEMO_EMPLOYEE_EMAIL;
    const career: CareerStep[] = isDemo
      ? demoEmployeeCareer(person, referenceYear)
      : careerFor(person, careers, referenceYear);
    const offer = isDemo ? NO_OFFER : offerFor(person.level, offers);
    const goals: GoalDraft[] = isDemo ? [DEMO_EMPLOYEE_GOAL] : goalsFor(person, goalsRandom);
    const managerIndex = managers[person.index];
    const manager =
      managerIndex === null || managerIndex === undefined ? undefined : people[managerIndex];
    const userId = userIdOf(person);

    data.users.push({
      id: userId,
      name: `${person.name.first} ${person.name.last}`,
      email: person.email,
      isPlatformAdmin: false,
    });
    if (isDemo) data.users.push({ id: newId(), ...DEMO_ADMIN, isPlatformAdmin: true });
    data.profiles.push({
      userId,
      organisationId: organisationIds[person.organisationIndex] ?? '',
      functionId: functionIds.get(person.function.name) ?? '',
      jobTitle: person.jobTitle,
      level: person.level,
      yearsExperience: person.yearsExperience,
      country: person.country,
      timezone: person.timezone,
      languages: person.languages,
      skills: person.skills,
      bio: isDemo ? DEMO_EMPLOYEE_BIO : bioFor(person, career, offer.offers, bios),
      managerId: manager ? userIdOf(manager) : null,
      ...offer,
    });
    for (const step of career) {
      const { functionName, ...rest } = step;
      data.experiences.push({
        id: newId(),
        userId,
        ...rest,
        functionId: functionIds.get(functionName) ?? '',
      });
    }
    for (const goal of goals)
      data.goals.push({
        id: newId(),
        userId,
        ...goal,
        needs: [...goal.needs],
      });
  }
  return data;
}
