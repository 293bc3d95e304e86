/** What a plan would do, in counts and a list a person can read: the preview's content. */
import type { FileGoal } from '@/lib/core/matching/people-file';
import { goalChanges, personChanges, type FieldChange } from './changes';
import type { ImportPlan } from './plan-types';
import type { ImportFormat, ImportPerson, ImportProblem } from './types';

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
  action: 'create' | 'update' | 'unchanged';
  /** For an update, each field the import would change. */
  changes: FieldChange[];
  goals: number;
}

/** The people and goals a plan would update, as they are stored now, in the file's format. */
export interface StoredRecords {
  /** By account id. */
  people: Map<string, ImportPerson>;
  /** By goal id. */
  goals: Map<string, FileGoal>;
}

export interface ImportPreview extends ImportCounts {
  /** Matched people and goals the file leaves as they are (not counted as updates). */
  unchanged: { people: number; goals: number };
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
  stored: StoredRecords,
): ImportPreview {
  const goalsOf = new Map<string, number>();
  for (const { owner } of plan.goals)
    goalsOf.set(owner.person.id, (goalsOf.get(owner.person.id) ?? 0) + 1);
  const rows = plan.people.map(({ person, userId }): PreviewPerson => {
    const before = userId === null ? undefined : stored.people.get(userId);
    // Someone matched whose profile cannot be read back is shown as updated, never unchanged.
    const changes = before ? personChanges(before, person) : [];
    return {
      id: person.id,
      name: person.name,
      email: person.email,
      organisation: person.organization,
      action: userId === null ? 'create' : before && changes.length === 0 ? 'unchanged' : 'update',
      changes,
      goals: goalsOf.get(person.id) ?? 0,
    };
  });
  const counts = countPlan(plan);
  const unchangedGoals = plan.goals.filter(({ goal, existing }) => {
    const before = existing && stored.goals.get(existing.id);
    return before !== undefined && before !== null && !goalChanges(before, goal);
  }).length;
  const unchangedPeople = rows.filter((row) => row.action === 'unchanged').length;
  return {
    format,
    ...counts,
    people: { create: counts.people.create, update: counts.people.update - unchangedPeople },
    goals: { create: counts.goals.create, update: counts.goals.update - unchangedGoals },
    unchanged: { people: unchangedPeople, goals: unchangedGoals },
    rows,
    problems,
  };
}
