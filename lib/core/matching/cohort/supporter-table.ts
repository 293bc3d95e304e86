/**
 * The supporters of a cohort as columns of typed arrays: everything the bulk scorer reads per
 * pair, laid out so that scoring one goal against thousands of people is a tight loop over
 * numbers (no sets, strings or objects). Built once per run from the prepared file.
 */
import { GOAL_NEEDS } from '@/lib/core/goals/needs';
import type { FitContext, PreparedFile, PreparedPerson } from '@/lib/core/matching/fit';
import { freeCapacity, offersKind } from '@/lib/core/matching/fit';

export const NEED_BIT = new Map<string, number>(GOAL_NEEDS.map((need, at) => [need, 1 << at]));

/** Small integer ids for strings that are compared a great many times (functions, languages). */
class Interner {
  private readonly ids = new Map<string, number>();
  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
    }
    return id;
  }
  get size(): number {
    return this.ids.size;
  }
}

export interface SupporterTable {
  /** Column order: supporter j is `people[j]`. */
  people: PreparedPerson[];
  indexOf: ReadonlyMap<string, number>;
  /** Places left: capacity less current load, always at least 1 (full supporters are left out). */
  room: Int32Array;
  mentors: Uint8Array;
  coaches: Uint8Array;
  level: Int32Array;
  functionId: Int32Array;
  organisationId: Int32Array;
  offsetMinutes: Int32Array;
  coachingMask: Int32Array;
  /** Language bitsets, `languageWords` 32-bit words per supporter. */
  languages: Uint32Array;
  languageWords: number;
  topicLength: Float64Array;
  /** For each stem, the supporters whose text has it, with its weight there. */
  postings: Map<string, { columns: Int32Array; weights: Float64Array }>;
  /** Supporters below each person in a reporting line, at any depth. */
  reportsOf: ReadonlyMap<string, readonly number[]>;
  /** Supporters each person asked (or was asked) never to be paired with. */
  excludedFor: ReadonlyMap<string, readonly number[]>;
  /** Interned ids, for looking up a protégé's own function, organisation and languages. */
  functionIdOf(key: string): number;
  organisationIdOf(key: string): number;
  languageBits(person: PreparedPerson): Uint32Array;
}

export function buildSupporterTable(prepared: PreparedFile, context: FitContext): SupporterTable {
  const people = [...prepared.people.values()].filter(
    (person) =>
      (offersKind(person, 'mentor') || offersKind(person, 'coach')) &&
      freeCapacity(person, context.load) > 0,
  );
  const count = people.length;
  const indexOf = new Map(people.map((person, at) => [person.person.id, at]));
  const functions = new Interner();
  const organisations = new Interner();
  const languageIds = new Interner();
  for (const person of prepared.people.values())
    for (const language of person.languageList) languageIds.id(language);
  const languageWords = Math.max(1, Math.ceil(languageIds.size / 32));
  const languageBits = (person: PreparedPerson) => {
    const bits = new Uint32Array(languageWords);
    for (const language of person.languageList) {
      const id = languageIds.id(language);
      bits[id >>> 5]! |= 1 << (id & 31);
    }
    return bits;
  };

  const table: SupporterTable = {
    people,
    indexOf,
    room: new Int32Array(count),
    mentors: new Uint8Array(count),
    coaches: new Uint8Array(count),
    level: new Int32Array(count),
    functionId: new Int32Array(count),
    organisationId: new Int32Array(count),
    offsetMinutes: new Int32Array(count),
    coachingMask: new Int32Array(count),
    languages: new Uint32Array(count * languageWords),
    languageWords,
    topicLength: new Float64Array(count),
    postings: new Map(),
    reportsOf: reportsOf(people),
    excludedFor: excludedFor(context.excludedPairs, indexOf),
    functionIdOf: (key) => functions.id(key),
    organisationIdOf: (key) => organisations.id(key),
    languageBits,
  };
  const stemColumns = new Map<string, { columns: number[]; weights: number[] }>();
  people.forEach((person, j) => {
    table.room[j] = freeCapacity(person, context.load);
    table.mentors[j] = offersKind(person, 'mentor') ? 1 : 0;
    table.coaches[j] = offersKind(person, 'coach') ? 1 : 0;
    table.level[j] = person.person.level;
    table.functionId[j] = functions.id(person.functionKey);
    table.organisationId[j] = organisations.id(person.organisationKey);
    table.offsetMinutes[j] = person.offsetMinutes;
    for (const area of person.coachingAreas) table.coachingMask[j]! |= NEED_BIT.get(area) ?? 0;
    table.languages.set(languageBits(person), j * languageWords);
    table.topicLength[j] = person.topics.length;
    person.topics.stems.forEach((stem, at) => {
      const entry = stemColumns.get(stem) ?? { columns: [], weights: [] };
      entry.columns.push(j);
      // The same weight the bag holds, read as topicSimilarity reads it.
      entry.weights.push(person.topics.weights[stem] ?? person.topics.values[at] ?? 0);
      stemColumns.set(stem, entry);
    });
  });
  for (const [stem, entry] of stemColumns)
    table.postings.set(stem, {
      columns: Int32Array.from(entry.columns),
      weights: Float64Array.from(entry.weights),
    });
  return table;
}

function reportsOf(people: readonly PreparedPerson[]): Map<string, number[]> {
  const below = new Map<string, number[]>();
  people.forEach((person, j) => {
    for (const manager of person.ancestors) {
      const list = below.get(manager) ?? [];
      list.push(j);
      below.set(manager, list);
    }
  });
  return below;
}

function excludedFor(
  pairs: ReadonlySet<string>,
  indexOf: ReadonlyMap<string, number>,
): Map<string, number[]> {
  const excluded = new Map<string, number[]>();
  const note = (person: string, other: string) => {
    const column = indexOf.get(other);
    if (column === undefined) return;
    const list = excluded.get(person) ?? [];
    list.push(column);
    excluded.set(person, list);
  };
  for (const key of pairs) {
    // pairKey joins the two ids with a NUL, which no id contains.
    const [a, b] = key.split('\u0000');
    if (a === undefined || b === undefined) continue;
    note(a, b);
    note(b, a);
  }
  return excluded;
}
