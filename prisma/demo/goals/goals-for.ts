/**
 * A person's goals: the statement in their words, and for some of them the structured
 * answers (target role and level, horizon, clarity, needs) the goal form also asks for.
 * Many goals leave those blank, as real people do.
 */
import { NEED_POINTS_TO, type GoalNeed } from '@/lib/core/goals/needs';
import { levelName } from '@/lib/core/profile/levels';
import type { GoalClarity, GoalHorizon } from '@/lib/generated/prisma/enums';
import { FUNCTIONS, titlesAt } from '../catalog/functions';
import { PLACES } from '../catalog/places';
import type { Person } from '../people';
import type { Random } from '../random';
import { composeStatement } from './compose';
import type { GoalContext } from './context';
import { planGoals, type GoalPlan } from './plan';

export interface GoalDraft {
  statement: string;
  targetTitle: string | null;
  targetLevel: number | null;
  horizon: GoalHorizon | null;
  clarity: GoalClarity | null;
  needs: GoalNeed[];
}

const HORIZONS: readonly (readonly [GoalHorizon, number])[] = [
  ['MONTHS_6', 2],
  ['YEAR_1', 4],
  ['YEARS_2', 3],
  ['YEARS_5', 1],
];

export function goalsFor(person: Person, random: Random): GoalDraft[] {
  return planGoals(person.level, random).map((plan) => {
    const targetLevel = targetLevelFor(person.level, plan, random);
    const context = contextFor(person, plan, targetLevel, random);
    const statement = composeStatement(
      { primary: plan.primary, mentorFirst: plan.kind !== 'coach', secondary: plan.secondary },
      context,
      random,
    );
    const structured = random.chance(0.45);
    const aimsHigher = plan.primary.need === 'navigate-path' || plan.primary.need === 'senior-role';
    const target = aimsHigher && random.chance(structured ? 0.7 : 0.15);
    return {
      statement,
      targetTitle: target ? context.targetTitle : null,
      targetLevel: target ? targetLevel : null,
      horizon: structured && random.chance(0.75) ? random.weighted(HORIZONS) : null,
      clarity: structured && random.chance(0.8) ? clarityFor(plan, random) : null,
      needs: structured ? needsFor(plan, random) : [],
    };
  });
}

function contextFor(
  person: Person,
  plan: GoalPlan,
  targetLevel: number,
  random: Random,
): GoalContext {
  const other = random.pick(FUNCTIONS.filter((spec) => spec.name !== person.function.name));
  // Someone on an unusual path aims at a role in another function, at about their level.
  const targetFunction = plan.primary.need === 'unique-path' ? other : person.function;
  return {
    title: person.jobTitle,
    functionName: person.function.name.toLowerCase(),
    otherFunction: other.name.toLowerCase(),
    targetTitle: random.pick(titlesAt(targetFunction, targetLevel)),
    targetLevelName: levelName(targetLevel).toLowerCase(),
    area: random.pick(person.function.areas),
    years: person.yearsExperience,
    organisation: person.organisation.name,
    abroad: random.pick(PLACES.filter((place) => place.code !== person.country)).label,
  };
}

/** Drawn once per goal, so that the statement and the targetLevel field agree. */
function targetLevelFor(level: number, plan: GoalPlan, random: Random): number {
  const target =
    plan.primary.need === 'senior-role'
      ? Math.max(level + 1, random.int(6, 8))
      : plan.primary.need === 'unique-path'
        ? level
        : level + (random.chance(0.2) ? 2 : 1);
  return Math.min(8, target);
}

function clarityFor(plan: GoalPlan, random: Random): GoalClarity {
  if (plan.primary.need === 'career-direction' || plan.primary.need === 'motivation')
    return 'EXPLORING';
  if (NEED_POINTS_TO[plan.primary.need] === 'mentor')
    return random.chance(0.85) ? 'CLEAR' : 'EXPLORING';
  return random.chance(0.5) ? 'CLEAR' : 'EXPLORING';
}

function needsFor(plan: GoalPlan, random: Random): GoalNeed[] {
  const needs: GoalNeed[] = [plan.primary.need];
  if (plan.secondary) needs.push(plan.secondary.need);
  if (random.chance(0.15))
    needs.push(
      random.pick(['feedback', 'interpersonal', 'career-direction', 'navigate-path'] as const),
    );
  return [...new Set(needs)];
}
