/**
 * The employees before their careers, goals and offers are added: organisation, function,
 * level, title, years of experience, where they live and came from, languages and skills.
 */
import { FUNCTIONS, YEARS_BY_LEVEL, titlesAt, type FunctionSpec } from './catalog/functions';
import { ORGANISATIONS, type OrganisationSpec } from './catalog/organisations';
import { PLACES, SECOND_LANGUAGES, placeFor } from './catalog/places';
import { createEmailRegistry, emailLocalPart, type PersonName } from './names';
import type { NameLocale } from './catalog/places';
import { levelsFor, organisationSizes } from './population';
import type { Random } from './random';

export interface Person {
  index: number;
  organisationIndex: number;
  organisation: OrganisationSpec;
  function: FunctionSpec;
  level: number;
  jobTitle: string;
  yearsExperience: number;
  name: PersonName;
  email: string;
  /** Where they live now, and where they grew up (differs for those who moved countries). */
  country: string;
  originCountry: string;
  timezone: string;
  languages: string[];
  skills: string[];
}

export interface PeopleSources {
  random: Random;
  nameFor: (locale: NameLocale) => PersonName;
  /** Placed first, in the first organisation, at its level. */
  demoEmployee: (organisation: OrganisationSpec) => Person;
}

const functionWeights = FUNCTIONS.map((spec) => [spec, spec.share] as const);
const LEADERSHIP_SKILLS = ['People management', 'Hiring', 'Strategy', 'Budget ownership'];

export function generatePeople(count: number, sources: PeopleSources): Person[] {
  const { random } = sources;
  const emailFor = createEmailRegistry();
  const people: Person[] = [];
  organisationSizes(count).forEach((size, organisationIndex) => {
    const organisation = ORGANISATIONS[organisationIndex] as OrganisationSpec;
    const levels = levelsFor(size);
    if (organisationIndex === 0 && people.length === 0 && size > 0) {
      const demo = sources.demoEmployee(organisation);
      const slot = levels.lastIndexOf(demo.level);
      levels.splice(slot >= 1 ? slot : levels.length - 1, 1);
      people.push(demo);
    }
    levels.forEach((level, position) => {
      const top = position === 0 && level === 8;
      const spec = random.weighted(functionWeights);
      const country = random.weighted(organisation.countries);
      const originCountry = random.chance(0.1) ? random.pick(PLACES).code : country;
      const name = sources.nameFor(placeFor(originCountry).nameLocale);
      const [minYears, maxYears] = YEARS_BY_LEVEL[level - 1] ?? [0, 40];
      people.push({
        index: people.length,
        organisationIndex,
        organisation,
        function: spec,
        level,
        jobTitle: top ? 'Chief Executive Officer' : random.pick(titlesAt(spec, level)),
        yearsExperience: random.int(minYears, maxYears),
        name,
        email: emailFor(emailLocalPart(name), organisation.domain),
        country,
        originCountry,
        timezone: random.weighted(placeFor(country).timezones),
        languages: languagesFor(random, country, originCountry),
        skills: skillsFor(random, spec, level),
      });
    });
  });
  return people;
}

function languagesFor(random: Random, country: string, originCountry: string): string[] {
  const home = placeFor(originCountry).languages;
  const local = placeFor(country).languages;
  const spoken = [home[0] ?? 'en'];
  if (local[0] && random.chance(0.6)) spoken.push(local[0]);
  if (random.chance(0.88)) spoken.push('en');
  if (home[1] && random.chance(0.25)) spoken.push(home[1]);
  if (random.chance(0.12)) spoken.push(random.pick(SECOND_LANGUAGES));
  return [...new Set(spoken)];
}

function skillsFor(random: Random, spec: FunctionSpec, level: number): string[] {
  const skills = random.sample(spec.skills, random.int(3, 6));
  if (random.chance(0.2)) skills.push(random.pick(random.pick(FUNCTIONS).skills));
  if (level >= 5 && random.chance(0.6)) skills.push(random.pick(LEADERSHIP_SKILLS));
  return [...new Set(skills)];
}
