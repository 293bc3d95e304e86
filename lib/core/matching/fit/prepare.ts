/**
 * Everything about a person or a goal that fit needs, worked out once per file: reporting-line
 * ancestors, languages, UTC offset, parsed career steps, topic bags, the triage's verdict. After
 * this, scoring one pair is set lookups and one cosine, which is what lets a goal be scored
 * against thousands of supporters.
 */
import type { GoalNeed } from '@/lib/core/goals/needs';
import type { FileGoal, FilePerson, PeopleFile } from '@/lib/core/matching/people-file';
import { parseYears } from '@/lib/core/matching/people-file';
import { triageGoal } from '@/lib/core/triage';
import { coachNeedsOf } from './coaching';
import { ancestorsOf } from './reporting-line';
import { topicWords } from './text';
import { utcOffsetMinutes } from './timezone';
import { EMPTY_BAG, learnTopics, type TopicBag } from './topics';
import { wantedMoves, type Move } from './transitions';
import type { SupportKind } from './types';

export interface PreparedStep {
  kind: FilePerson['experiences'][number]['kind'];
  level: number;
  titleStems: Set<string>;
  title: string;
  start: number;
  /** null while ongoing. */
  end: number | null;
}

export interface PreparedPerson {
  person: FilePerson;
  ancestors: ReadonlySet<string>;
  languages: ReadonlySet<string>;
  /** The same languages as a list: walking an array per pair allocates no iterator. */
  languageList: readonly string[];
  offsetMinutes: number;
  functionKey: string;
  organisationKey: string;
  steps: PreparedStep[];
  /** Stems of the title they hold now. */
  titleStems: Set<string>;
  coachingAreas: ReadonlySet<GoalNeed>;
  /** Bio, skills, titles and step descriptions as a BM25 bag; empty for non-supporters. */
  topics: TopicBag;
}

export interface PreparedGoal {
  goal: FileGoal;
  kinds: SupportKind[];
  coachNeeds: GoalNeed[];
  moves: Move[];
  targetLevel: number;
  targetTitleStems: Set<string>;
  topics: TopicBag;
  /** Readable word per goal stem, for saying which topics are shared. */
  words: Map<string, string>;
}

export interface PreparedFile {
  people: Map<string, PreparedPerson>;
  goals: PreparedGoal[];
  /** Reference year for "how recently": the year of the reference date. */
  referenceYear: number;
}

const key = (text: string) => text.trim().toLowerCase();

function personText(person: FilePerson): string {
  const steps = person.experiences.map((step) => `${step.title}. ${step.description}`);
  return [person.title, person.bio, person.skills.join('. '), ...steps].join('\n');
}

function prepareSteps(person: FilePerson): PreparedStep[] {
  return person.experiences.map((step) => {
    const span = parseYears(step.years) ?? { start: 0, end: 0 };
    return {
      kind: step.kind,
      level: step.level,
      title: step.title,
      titleStems: new Set(topicWords(step.title).stems),
      ...span,
    };
  });
}

function prepareGoal(
  goal: FileGoal,
  owner: FilePerson,
  bagOf: (stems: readonly string[]) => TopicBag,
): PreparedGoal {
  const triage = triageGoal({ goal: goal.text, clarity: goal.clarity, needs: goal.needs });
  const kind = goal.kind ?? triage.kind;
  const codes = triage.reasons.map((reason) => reason.code);
  const words = topicWords([goal.text, goal.targetTitle ?? ''].join('\n'));
  const moves = wantedMoves({
    stems: words.stems,
    protegeLevel: owner.level,
    targetLevel: goal.targetLevel,
    triageCodes: codes,
  });
  const step = moves.includes('promotion') ? 1 : 0;
  return {
    goal,
    kinds: kind === 'both' ? ['mentor', 'coach'] : [kind],
    coachNeeds: coachNeedsOf(goal.needs ?? [], codes),
    moves,
    targetLevel: goal.targetLevel ?? Math.min(8, owner.level + step),
    targetTitleStems: new Set(topicWords(goal.targetTitle ?? '').stems),
    topics: bagOf(words.stems),
    words: words.surface,
  };
}

export function prepareFile(file: PeopleFile, referenceDate: Date): PreparedFile {
  const ancestors = ancestorsOf(
    new Map(file.people.map((person) => [person.id, person.managerId])),
  );
  const supporters = file.people.filter(
    (person) => person.offers.mentoring || person.offers.coaching,
  );
  const index = learnTopics(supporters.map((person) => topicWords(personText(person)).stems));
  const bags = new Map(supporters.map((person, at) => [person.id, index.bags[at] ?? EMPTY_BAG]));
  const people = new Map<string, PreparedPerson>();
  for (const person of file.people) {
    people.set(person.id, {
      person,
      ancestors: ancestors.get(person.id) ?? new Set(),
      languages: new Set(person.languages.map(key)),
      languageList: [...new Set(person.languages.map(key))],
      offsetMinutes: utcOffsetMinutes(person.timezone, referenceDate),
      functionKey: key(person.function),
      organisationKey: key(person.organization),
      steps: bags.has(person.id) ? prepareSteps(person) : [],
      titleStems: bags.has(person.id) ? new Set(topicWords(person.title).stems) : new Set(),
      coachingAreas: new Set(person.offers.coachingAreas),
      topics: bags.get(person.id) ?? EMPTY_BAG,
    });
  }
  const goals = file.goals.flatMap((goal) => {
    const owner = people.get(goal.personId)?.person;
    return owner ? [prepareGoal(goal, owner, index.bagOf)] : [];
  });
  return { people, goals, referenceYear: referenceDate.getUTCFullYear() };
}
