/**
 * What an import would change for someone already in the program, field by field, in the
 * file's own column names ("title: Analyst → Manager"), so a re-import of an unchanged export
 * previews as unchanged rather than as everyone updated. Goals are compared on what the file
 * says: a field the file leaves out keeps what is there, so it is no change.
 */
import type { FileGoal } from '@/lib/core/matching/people-file';
import type { ImportPerson } from './types';

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

const LONG = 40;
const shown = (value: string) => (value.length > LONG ? `${value.slice(0, LONG - 1)}…` : value);
const list = (values: readonly string[]) => values.join(', ') || '—';
const yesNo = (value: boolean) => (value ? 'yes' : 'no');
const steps = (count: number) => `${count} career step${count === 1 ? '' : 's'}`;

/** Each compared field: its column name and how a value reads in the preview. */
const PERSON_FIELDS: [string, (person: ImportPerson) => string][] = [
  ['name', (person) => person.name],
  ['title', (person) => person.title],
  ['level', (person) => String(person.level)],
  ['organization', (person) => person.organization],
  ['function', (person) => person.function],
  ['managerId', (person) => person.managerId ?? '—'],
  ['languages', (person) => list(person.languages)],
  ['timezone', (person) => person.timezone],
  ['skills', (person) => list(person.skills)],
  ['bio', (person) => person.bio],
  ['mentoring', (person) => yesNo(person.offers.mentoring)],
  ['coaching', (person) => yesNo(person.offers.coaching)],
  ['capacity', (person) => String(person.offers.capacity)],
  ['coachingAreas', (person) => list(person.offers.coachingAreas)],
];

export function personChanges(stored: ImportPerson, incoming: ImportPerson): FieldChange[] {
  const changes: FieldChange[] = PERSON_FIELDS.flatMap(([field, read]) => {
    const [before, after] = [read(stored), read(incoming)];
    return before === after ? [] : [{ field, before: shown(before), after: shown(after) }];
  });
  if (JSON.stringify(stored.experiences) !== JSON.stringify(incoming.experiences))
    changes.push({
      field: 'experiences',
      before: steps(stored.experiences.length),
      after: `${steps(incoming.experiences.length)}, rewritten`,
    });
  return changes;
}

const GOAL_FIELDS = ['text', 'kind', 'clarity', 'needs', 'targetTitle', 'targetLevel'] as const;

/** Whether the file would change a stored goal: only the fields the file gives count. */
export function goalChanges(stored: FileGoal, incoming: FileGoal): boolean {
  return GOAL_FIELDS.some(
    (field) =>
      incoming[field] !== undefined &&
      JSON.stringify(incoming[field]) !== JSON.stringify(stored[field]),
  );
}
