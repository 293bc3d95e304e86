/**
 * Preparing a file in two steps, so that the part that does not depend on who is asking can be
 * kept: `preparePool` prepares a set of people (their reporting lines, zones, careers and the
 * BM25 corpus learned over those who offer help), `prepareWithPool` adds a few more people and
 * the goals to score. `prepareFile` is the two in a row, so a kept pool and a whole file go
 * through the same code.
 *
 * Adding people to a pool is exact only when it would not change the corpus: someone added who
 * offers help must be in the pool already with the same words (`poolCovers`). The corpus does
 * not depend on the order its documents were learned in (BM25's weights are per document, its
 * inverse document frequencies are counts and its average length an integer sum), so a pool in
 * any order learns what a file with the same supporters learns.
 */
import type { FileGoal, FilePerson } from '@/lib/core/matching/people-file';
import { careerOf, type CareerStep } from './career';
import { functionKeyOf } from './function-key';
import { prepareGoal } from './prepare-goal';
import type { PreparedFile, PreparedPerson } from './prepared';
import { ancestorsOf } from './reporting-line';
import { topicWords } from './text';
import { utcOffsetMinutes } from './timezone';
import { EMPTY_BAG, learnTopics, type TopicBag, type TopicIndex } from './topics';

export interface PreparedPool {
  /** Everyone in the pool, in the order given. */
  people: Map<string, PreparedPerson>;
  /** Each supporter's document: the stems the corpus learned from them. */
  stems: Map<string, readonly string[]>;
  topics: TopicIndex;
  /** Everyone above each person in the pool's reporting lines (reporting-line.ts). */
  lines: Map<string, Set<string>>;
  managerOf: Map<string, string | null>;
  /** UTC offset of each zone the pool holds, at the reference date. */
  offsets: Map<string, number>;
  referenceYear: number;
}

const key = (text: string) => text.trim().toLowerCase();

export const offersHelp = (person: FilePerson) => person.offers.mentoring || person.offers.coaching;

function personText(person: FilePerson): string {
  const steps = person.experiences.map((step) => `${step.title}. ${step.description}`);
  return [person.title, person.bio, person.skills.join('. '), ...steps].join('\n');
}

/** What the corpus learns from a supporter: the stems of their title, bio, skills and steps. */
export function documentOf(person: FilePerson): string[] {
  return topicWords(personText(person)).stems;
}

const sameStems = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((stem, at) => stem === b[at]);

/** Each zone's UTC offset at `at`, worked out once per zone. */
export function zoneOffsets(zones: Iterable<string>, at: Date): Map<string, number> {
  const offsets = new Map<string, number>();
  for (const zone of zones) if (!offsets.has(zone)) offsets.set(zone, utcOffsetMinutes(zone, at));
  return offsets;
}

function preparedPerson(
  person: FilePerson,
  ancestors: ReadonlySet<string>,
  offsetMinutes: number,
  career: CareerStep[],
  topics: TopicBag,
): PreparedPerson {
  return {
    person,
    ancestors,
    languages: new Set(person.languages.map(key)),
    languageList: [...new Set(person.languages.map(key))],
    offsetMinutes,
    functionKey: functionKeyOf(person.function),
    organisationKey: key(person.organization),
    career,
    coachingAreas: new Set(person.offers.coachingAreas),
    topics,
  };
}

/**
 * Prepares `people`. With `previous` (an earlier pool of mostly the same people), whatever
 * cannot have changed is taken from it: the stems and career of a person given as the very
 * same object, and the whole learned corpus when every supporter's document and the set of
 * supporters are as before (a change of capacity or languages relearns nothing).
 */
export function preparePool(
  people: readonly FilePerson[],
  referenceDate: Date,
  previous?: PreparedPool,
): PreparedPool {
  const referenceYear = referenceDate.getUTCFullYear();
  const managerOf = new Map(people.map((person) => [person.id, person.managerId]));
  const lines = ancestorsOf(managerOf);
  const offsets = zoneOffsets(
    people.map((person) => person.timezone),
    referenceDate,
  );
  const unchanged = (person: FilePerson) => previous?.people.get(person.id)?.person === person;

  const supporters = people.filter(offersHelp);
  const stems = new Map(
    supporters.map((person) => [
      person.id,
      (unchanged(person) ? previous?.stems.get(person.id) : undefined) ?? documentOf(person),
    ]),
  );
  const sameCorpus =
    previous !== undefined &&
    previous.stems.size === stems.size &&
    [...stems].every(([id, document]) => {
      const before = previous.stems.get(id);
      return before !== undefined && (before === document || sameStems(before, document));
    });
  let topics: TopicIndex;
  let bagOf: (id: string) => TopicBag;
  if (sameCorpus) {
    topics = previous.topics;
    bagOf = (id) => previous.people.get(id)?.topics ?? EMPTY_BAG;
  } else {
    topics = learnTopics(supporters.map((person) => stems.get(person.id) ?? []));
    const bags = new Map(supporters.map((person, at) => [person.id, topics.bags[at] ?? EMPTY_BAG]));
    bagOf = (id) => bags.get(id) ?? EMPTY_BAG;
  }

  const prepared = new Map<string, PreparedPerson>();
  for (const person of people) {
    const supports = stems.has(person.id);
    const career = !supports
      ? []
      : unchanged(person) && previous?.referenceYear === referenceYear
        ? (previous.people.get(person.id)?.career ?? careerOf(person, referenceYear))
        : careerOf(person, referenceYear);
    prepared.set(
      person.id,
      preparedPerson(
        person,
        lines.get(person.id) ?? new Set(),
        offsets.get(person.timezone) ?? 0,
        career,
        supports ? bagOf(person.id) : EMPTY_BAG,
      ),
    );
  }
  return { people: prepared, stems, topics, lines, managerOf, offsets, referenceYear };
}

/**
 * Whether adding `person` to the pool leaves its corpus as a file with them would learn it:
 * someone who offers help is in the pool with the same words; anyone else is not a supporter
 * there.
 */
export function poolCovers(pool: PreparedPool, person: FilePerson): boolean {
  const document = pool.stems.get(person.id);
  if (!offersHelp(person)) return document === undefined;
  return document !== undefined && sameStems(document, documentOf(person));
}

/**
 * The pool with `extra` people added (replacing pool members of the same id) and `goals`
 * prepared against its corpus: what `prepareFile` gives for a file of the pool's people and the
 * extra ones, provided `poolCovers` holds for each extra person and `referenceDate` gives the
 * pool's year and zone offsets.
 */
export function prepareWithPool(
  pool: PreparedPool,
  extra: { people: readonly FilePerson[]; goals: readonly FileGoal[] },
  referenceDate: Date,
): PreparedFile {
  const referenceYear = referenceDate.getUTCFullYear();
  if (referenceYear !== pool.referenceYear)
    throw new Error('The pool was prepared for another year; prepare it again.');
  for (const person of extra.people)
    if (!poolCovers(pool, person))
      throw new Error(`Adding ${person.id} would change the pool's corpus; prepare the file.`);
  const people = extra.people.length ? withPeople(pool, extra.people, referenceDate) : pool.people;
  const goals = extra.goals.flatMap((goal) => {
    const owner = people.get(goal.personId)?.person;
    return owner ? [prepareGoal(goal, owner, pool.topics.bagOf)] : [];
  });
  return { people, goals, referenceYear };
}

function withPeople(
  pool: PreparedPool,
  added: readonly FilePerson[],
  referenceDate: Date,
): Map<string, PreparedPerson> {
  // The pool's reporting lines stand when each added person reports to whom the pool thought
  // (someone not in the pool reports to no one there); otherwise they are worked out again.
  const linesStand = added.every(
    (person) => (pool.managerOf.get(person.id) ?? null) === (person.managerId ?? null),
  );
  let lines = pool.lines;
  if (!linesStand) {
    const managerOf = new Map(pool.managerOf);
    for (const person of added) managerOf.set(person.id, person.managerId);
    lines = ancestorsOf(managerOf);
  }
  const offsets = zoneOffsets(
    added.map((person) => person.timezone),
    referenceDate,
  );
  const people = new Map<string, PreparedPerson>();
  for (const person of added) {
    const supports = pool.stems.has(person.id);
    people.set(
      person.id,
      preparedPerson(
        person,
        lines.get(person.id) ?? new Set(),
        offsets.get(person.timezone) ?? 0,
        supports ? careerOf(person, pool.referenceYear) : [],
        pool.people.get(person.id)?.topics ?? EMPTY_BAG,
      ),
    );
  }
  for (const [id, prepared] of pool.people) {
    if (people.has(id)) continue;
    people.set(
      id,
      linesStand ? prepared : { ...prepared, ancestors: lines.get(id) ?? new Set<string>() },
    );
  }
  return people;
}
