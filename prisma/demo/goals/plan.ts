/**
 * Decides what a person's goals are about: how many they have, whether each calls for a
 * mentor, a coach or both, and which themes, weighted by level (juniors look for direction
 * and skills, seniors for the unwritten rules of the top).
 */
import type { GoalNeed } from '@/lib/core/goals/needs';
import type { Random } from '../random';
import type { Theme } from './context';
import { COACH_THEMES } from './coach-themes';
import { MENTOR_THEMES } from './mentor-themes';

export type GoalKind = 'mentor' | 'coach' | 'both';

export interface GoalPlan {
  kind: GoalKind;
  primary: Theme;
  secondary?: Theme;
}

export function goalCount(level: number, random: Random): number {
  return level >= 7
    ? random.weighted([
        [0, 55],
        [1, 35],
        [2, 10],
      ])
    : random.weighted([
        [0, 30],
        [1, 47],
        [2, 20],
        [3, 3],
      ]);
}

function kindFor(level: number, random: Random): GoalKind {
  if (level <= 2)
    return random.weighted([
      ['mentor', 25],
      ['coach', 60],
      ['both', 15],
    ]);
  if (level <= 5)
    return random.weighted([
      ['mentor', 40],
      ['coach', 45],
      ['both', 15],
    ]);
  return random.weighted([
    ['mentor', 50],
    ['coach', 35],
    ['both', 15],
  ]);
}

/** Weights of the mentor themes by level; the top level has no higher role to aim at. */
function mentorWeights(level: number): Record<string, number> {
  return {
    'navigate-path': level >= 8 ? 0 : level <= 5 ? 6 : 3,
    'senior-role': level >= 8 ? 0 : level >= 4 ? 5 : 1,
    'unique-path': 3,
  };
}

const COACH_WEIGHTS_JUNIOR: Partial<Record<GoalNeed, number>> = {
  'career-direction': 3,
  presentation: 2,
};

function pickTheme(
  themes: readonly Theme[],
  weights: Partial<Record<string, number>>,
  avoid: Set<GoalNeed>,
  random: Random,
): Theme {
  const allowed = themes
    .map((theme) => [theme, weights[theme.need] ?? 1] as const)
    .filter(([, weight]) => weight > 0);
  const fresh = allowed.filter(([theme]) => !avoid.has(theme.need));
  // A repeat theme beats one the level rules out (an executive aiming for a higher level).
  return random.weighted(fresh.length > 0 ? fresh : allowed);
}

/** The plans for one person's goals, each about something different. */
export function planGoals(level: number, random: Random): GoalPlan[] {
  const used = new Set<GoalNeed>();
  const coachWeights = level <= 3 ? COACH_WEIGHTS_JUNIOR : {};
  return Array.from({ length: goalCount(level, random) }, () => {
    const kind = kindFor(level, random);
    const mentorTheme = () => pickTheme(MENTOR_THEMES, mentorWeights(level), used, random);
    const coachTheme = () => pickTheme(COACH_THEMES, coachWeights, used, random);
    const plan: GoalPlan =
      kind === 'coach'
        ? { kind, primary: coachTheme() }
        : kind === 'mentor'
          ? { kind, primary: mentorTheme() }
          : { kind, primary: mentorTheme(), secondary: coachTheme() };
    used.add(plan.primary.need);
    if (plan.secondary) used.add(plan.secondary.need);
    return plan;
  });
}
