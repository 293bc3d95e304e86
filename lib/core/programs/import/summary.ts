/** What a plan would do, in counts and a list a person can read: the preview's content. */
import type { ImportPlan } from './plan-types';
import type { ImportFormat, ImportProblem } from './types';

export interface ImportCounts {
  people: { create: number; update: number };
  goals: { create: number; update: number };
  newOrganisations: string[];
  newFunctions: string[];
}

export interface PreviewPerson {
  id: string;
  name: string;
  email: string;
  organisation: string;
  action: 'create' | 'update';
  goals: number;
}

export interface ImportPreview extends ImportCounts {
  format: ImportFormat;
  rows: PreviewPerson[];
  problems: ImportProblem[];
}

const isNew = (entries: Map<string, string | null>) =>
  [...entries].filter(([, id]) => id === null).map(([name]) => name);

export function countPlan(plan: ImportPlan): ImportCounts {
  const created = plan.people.filter((person) => person.userId === null).length;
  const newGoals = plan.goals.filter((goal) => goal.existing === null).length;
  return {
    people: { create: created, update: plan.people.length - created },
    goals: { create: newGoals, update: plan.goals.length - newGoals },
    newOrganisations: isNew(plan.organisations),
    newFunctions: isNew(plan.functions),
  };
}

export function previewOf(
  plan: ImportPlan,
  format: ImportFormat,
  problems: ImportProblem[],
): ImportPreview {
  const goalsOf = new Map<string, number>();
  for (const { owner } of plan.goals)
    goalsOf.set(owner.person.id, (goalsOf.get(owner.person.id) ?? 0) + 1);
  return {
    format,
    ...countPlan(plan),
    rows: plan.people.map(({ person, userId }) => ({
      id: person.id,
      name: person.name,
      email: person.email,
      organisation: person.organization,
      action: userId === null ? 'create' : 'update',
      goals: goalsOf.get(person.id) ?? 0,
    })),
    problems,
  };
}
