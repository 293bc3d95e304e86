/**
 * The shape of generated demo data: one plain array per table, rows ready for `createMany`
 * (minus the password hash, which the loader adds). Enum types come from the generated
 * client so that a schema change shows up here as a type error.
 */
import type { GoalNeed } from '@/lib/core/goals/needs';
import type {
  ExperienceKind,
  GoalClarity,
  GoalHorizon,
  HelpOffered,
} from '@/lib/generated/prisma/enums';

export interface DemoOptions {
  seed: number;
  /** Employees with a profile, the demo employee included; the admin comes on top. */
  people: number;
  /** The "current" year careers end in; pass it in, the generator never reads the clock. */
  referenceYear?: number;
  /** Makes each row's id; random by default. Tests that compare two runs hand in a counter. */
  newId?: () => string;
}

export interface DemoOrganisation {
  id: string;
  name: string;
}

export interface DemoFunction {
  id: string;
  name: string;
}

export interface DemoUser {
  id: string;
  name: string;
  email: string;
  isPlatformAdmin: boolean;
}

export interface DemoProfile {
  userId: string;
  organisationId: string;
  functionId: string;
  jobTitle: string;
  level: number;
  yearsExperience: number;
  country: string;
  timezone: string;
  languages: string[];
  skills: string[];
  bio: string;
  managerId: string | null;
  offers: HelpOffered;
  capacity: number;
  coachingAreas: GoalNeed[];
}

export interface DemoExperience {
  id: string;
  userId: string;
  title: string;
  level: number;
  functionId: string;
  organisation: string;
  country: string;
  kind: ExperienceKind;
  startYear: number;
  endYear: number | null;
  description: string;
}

export interface DemoGoal {
  id: string;
  userId: string;
  statement: string;
  targetTitle: string | null;
  targetLevel: number | null;
  horizon: GoalHorizon | null;
  clarity: GoalClarity | null;
  needs: GoalNeed[];
}

export interface DemoData {
  organisations: DemoOrganisation[];
  functions: DemoFunction[];
  users: DemoUser[];
  profiles: DemoProfile[];
  experiences: DemoExperience[];
  goals: DemoGoal[];
}
