/**
 * Career histories: 1 to 5 steps ending in the person's current role, rising in level over
 * their years in work, with the rarer paths mentors are sought for: a move between
 * functions, a move abroad, a start-up founded, a return from a career break.
 */
import type { ExperienceKind } from '@/lib/generated/prisma/enums';
import { PAST_EMPLOYERS, STARTUP_NAMES } from './catalog/companies';
import { functionSpec, titlesAt, type FunctionName } from './catalog/functions';
import { describeStep } from './career-text';
import type { Person } from './people';
import type { Random } from './random';

export interface CareerStep {
  title: string;
  level: number;
  functionName: FunctionName;
  organisation: string;
  country: string;
  kind: ExperienceKind;
  startYear: number;
  endYear: number | null;
  description: string;
}

const FOUNDER_TITLES = ['Co-founder', 'Founder & CEO', 'Co-founder & COO', 'Founding partner'];

export function careerFor(person: Person, random: Random, referenceYear: number): CareerStep[] {
  const years = person.yearsExperience;
  const wanted = 1 + Math.floor(person.level / 2) + random.int(-1, 1);
  const count = Math.max(1, Math.min(5, wanted, Math.floor(years / 1.5) + 1));
  const last = count - 1;
  const starts = startYears(random, referenceYear - years, referenceYear, count);
  const levels = risingLevels(random, person.level, count);

  // Which step (if any) each rare path lands on; a step shows only one kind.
  const pickStep = () => (count > 1 ? random.int(1, last) : -1);
  const switchAt = random.chance(0.12) ? pickStep() : -1;
  const moveAt = person.originCountry !== person.country ? Math.max(pickStep(), 0) : -1;
  const founderAt =
    count > 1 && person.level >= 3 && random.chance(0.05) ? random.int(0, last - 1) : -1;
  const breakAt = count > 1 && random.chance(0.06) ? widestGap(starts) : -1;
  const previousFunction = random.pick(person.function.movesInFrom);

  const steps: CareerStep[] = [];
  for (let index = 0; index < count; index++) {
    const functionName = index < switchAt ? previousFunction : person.function.name;
    const kind: ExperienceKind =
      index === founderAt
        ? 'FOUNDED_COMPANY'
        : index === breakAt
          ? 'CAREER_BREAK_RETURN'
          : index === switchAt
            ? 'FUNCTION_CHANGE'
            : index === moveAt
              ? 'COUNTRY_MOVE'
              : index > 0 && (levels[index] ?? 0) > (levels[index - 1] ?? 0)
                ? 'PROMOTION'
                : 'OTHER';
    const previous = steps[index - 1];
    const organisation =
      index === last
        ? person.organisation.name
        : kind === 'FOUNDED_COMPANY'
          ? random.pick(STARTUP_NAMES)
          : previous && kind !== 'COUNTRY_MOVE' && random.chance(0.4)
            ? previous.organisation
            : random.pick(PAST_EMPLOYERS);
    const level = levels[index] ?? person.level;
    const title =
      index === last
        ? person.jobTitle
        : kind === 'FOUNDED_COMPANY'
          ? random.pick(FOUNDER_TITLES)
          : random.pick(titlesAt(functionSpec(functionName), level));
    const startYear = starts[index] ?? referenceYear;
    const nextStart = starts[index + 1];
    const gap =
      index + 1 === breakAt && nextStart !== undefined
        ? Math.min(random.int(1, 3), nextStart - startYear - 1)
        : 0;
    const step: CareerStep = {
      title,
      level,
      functionName,
      organisation,
      country: moveAt >= 0 && index < moveAt ? person.originCountry : person.country,
      kind,
      startYear,
      endYear: nextStart === undefined ? null : nextStart - Math.max(gap, 0),
      description: '',
    };
    step.description = describeStep(step, previous, random);
    steps.push(step);
  }
  return steps;
}

/** `count` distinct start years from `first` to `now`, ascending, the first one `first`. */
function startYears(random: Random, first: number, now: number, count: number): number[] {
  const later = Array.from({ length: now - first }, (_, offset) => first + 1 + offset);
  return [first, ...random.sample(later, count - 1).sort((a, b) => a - b)];
}

/** Levels that never fall and end at the current one. */
function risingLevels(random: Random, current: number, count: number): number[] {
  if (count === 1) return [current];
  const start = Math.max(1, current - (count - 1) - random.int(0, 1));
  const steps = Array.from({ length: count - 1 }, () => 0);
  for (let unit = 0; unit < current - start; unit++) {
    const at = random.int(0, count - 2);
    steps[at] = (steps[at] ?? 0) + 1;
  }
  const levels = [start];
  for (const rise of steps) levels.push((levels[levels.length - 1] ?? start) + rise);
  return levels;
}

/** The step after the longest stretch: the only place a break of a year or more fits. */
function widestGap(starts: readonly number[]): number {
  let best = -1;
  let widest = 1;
  for (let index = 1; index < starts.length; index++) {
    const width = (starts[index] ?? 0) - (starts[index - 1] ?? 0);
    if (width > widest) [best, widest] = [index, width];
  }
  return best;
}
