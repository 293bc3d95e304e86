/**
 * Reads the engine's JSON people-and-goals file for an import. Unlike `parsePeopleFile`, which
 * stops at the first bad field, every person and goal is checked, so the preview can list them
 * all, each by its item and field (e.g. `people[3].email`).
 */
import { zodProblems } from './problems';
import { goalSchema, importPersonSchema } from './schemas';
import type { GoalRecord, PersonRecord, Place, ReadFile } from './types';

/** A file that cannot be read as a whole: one problem, about all of it. */
const refused = (reason: string): ReadFile => ({
  people: [],
  goals: [],
  personIds: new Set(),
  problems: [{ line: null, field: '', reason }],
});

function listOf(json: unknown, key: 'people' | 'goals'): unknown[] | null {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return null;
  const list = (json as Record<string, unknown>)[key];
  return Array.isArray(list) ? list : null;
}

export function readJsonFile(text: string): ReadFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : 'unreadable';
    return refused(`not valid JSON: ${detail}`);
  }
  const people = listOf(json, 'people');
  const goals = listOf(json, 'goals');
  if (!people || !goals)
    return refused('expected an object with a list of "people" and a list of "goals"');

  const read: ReadFile = { people: [], goals: [], personIds: new Set(), problems: [] };
  people.forEach((item, index) => {
    const place: Place = { line: null, item: `people[${index}]`, kind: 'person' };
    const id = (item as { id?: unknown } | null)?.id;
    if (typeof id === 'string') read.personIds.add(id.trim());
    const parsed = importPersonSchema.safeParse(item);
    if (parsed.success) read.people.push({ person: parsed.data, place } satisfies PersonRecord);
    else read.problems.push(...zodProblems(place, parsed.error));
  });
  goals.forEach((item, index) => {
    const place: Place = { line: null, item: `goals[${index}]`, kind: 'goal' };
    const parsed = goalSchema.safeParse(item);
    if (parsed.success) read.goals.push({ goal: parsed.data, place } satisfies GoalRecord);
    else read.problems.push(...zodProblems(place, parsed.error));
  });
  return read;
}
