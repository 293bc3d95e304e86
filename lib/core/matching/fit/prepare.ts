/**
 * Everything about a person or a goal that fit needs, worked out once per file: reporting-line
 * ancestors, languages, UTC offset, parsed career steps, topic bags, the triage's verdict. After
 * this, scoring one pair is set lookups and one cosine, which is what lets a goal be scored
 * against thousands of supporters.
 */
import { readGoalIntent } from '@/lib/core/goals/intent/read-intent';
import type { GoalIntent } from '@/lib/core/goals/intent/types';
import type { GoalNeed } from '@/lib/core/goals/needs';
import type { FileGoal, FilePerson, PeopleFile } from '@/lib/core/matching/people-file';
import { triageGoal } from '@/lib/core/triage';
import { careerOf, type CareerStep } from './career';
import { coachNeedsOf, type CoachNeeds } from './coaching';
import { functionKeyOf } from './function-key';
import { hasHandle, type MentorTarget } from './lived';
import { ancestorsOf } from './reporting-line';
import { topicWords } from './text';
import { leadsPeople } from './track';
import { utcOffsetMinutes } from './timezone';
import { EMPTY_BAG, learnTopics, type TopicBag } from './topics';
import type { SupportKind } from './types';
import { aboutPerson, type Voice } from './voice';

export interface PreparedPerson {
  person: FilePerson;
  ancestors: ReadonlySet<string>;
  languages: ReadonlySet<string>;
  /** The same languages as a list: walking an array per pair allocates no iterator. */
  languageList: readonly string[];
  offsetMinutes: number;
  functionKey: string;
  organisationKey: string;
  /** Their career in time order, ending in today's role; empty for non-supporters. */
  career: CareerStep[];
  coachingAreas: ReadonlySet<GoalNeed>;
  /** Bio, skills, titles and step descriptions as a BM25 bag; empty for non-supporters. */
  topics: TopicBag;
}

export interface PreparedGoal {
  goal: FileGoal;
  kinds: SupportKind[];
  coachNeeds: CoachNeeds;
  /** What the goal is after: the person's own correction when they made one, else the reading. */
  intent: GoalIntent;
  mentorTarget: MentorTarget;
  /** Whether the intent names a move or a level that careers can be compared with. */
  mentorHandle: boolean;
  /** How reasons about this goal speak of its owner to an admin. */
  voice: Voice;
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

function mentorTargetOf(intent: GoalIntent, owner: FilePerson): MentorTarget {
  const functionName = intent.targetRole.function ?? owner.function;
  return {
    functionKey: functionKeyOf(functionName),
    functionName,
    level: intent.targetRole.level,
    leadsPeople: intent.targetRole.title ? leadsPeople(intent.targetRole.title) : null,
    moves: intent.moves,
    fromFunctionKey: functionKeyOf(owner.function),
    fromFunctionName: owner.function,
    fromLevel: owner.level,
  };
}

/**
 * What reading a goal gives, from its own words and its owner's title, level and function
 * only: the triage, the goal's reading and its words. These are the costly part of preparing
 * a goal (a page listing 2,000 goals spent most of its time here), and pure, so each distinct
 * input is read once per process; bounded, so a long run cannot grow it forever. Nothing
 * downstream changes the objects, which are shared between files.
 */
interface GoalReading {
  triage: ReturnType<typeof triageGoal>;
  intent: GoalIntent | null;
  words: ReturnType<typeof topicWords>;
}

const readings = new Map<string, GoalReading>();
const MAX_READINGS = 50_000;

function readGoal(goal: FileGoal, owner: FilePerson): GoalReading {
  const key = JSON.stringify([
    goal.text,
    goal.clarity ?? null,
    goal.needs ?? null,
    goal.targetTitle ?? null,
    goal.targetLevel ?? null,
    goal.intent ? null : [owner.title, owner.level, owner.function],
  ]);
  const known = readings.get(key);
  if (known) return known;
  const reading: GoalReading = {
    triage: triageGoal({ goal: goal.text, clarity: goal.clarity, needs: goal.needs }),
    intent: goal.intent
      ? null
      : readGoalIntent({
          goal: goal.text,
          currentTitle: owner.title,
          currentLevel: owner.level,
          currentFunction: owner.function,
          targetTitle: goal.targetTitle ?? null,
          targetLevel: goal.targetLevel ?? null,
          needs: goal.needs ?? [],
        }),
    words: topicWords([goal.text, goal.targetTitle ?? ''].join('\n')),
  };
  if (readings.size >= MAX_READINGS) readings.clear();
  readings.set(key, reading);
  return reading;
}

function prepareGoal(
  goal: FileGoal,
  owner: FilePerson,
  bagOf: (stems: readonly string[]) => TopicBag,
): PreparedGoal {
  const { triage, intent: read, words } = readGoal(goal, owner);
  const kind = goal.kind ?? triage.kind;
  const codes = triage.reasons.map((reason) => reason.code);
  const intent = goal.intent ?? (read as GoalIntent);
  const mentorTarget = mentorTargetOf(intent, owner);
  return {
    goal,
    kinds: kind === 'both' ? ['mentor', 'coach'] : [kind],
    coachNeeds: coachNeedsOf(goal.needs ?? [], codes, intent.coachingAreas),
    intent,
    mentorTarget,
    mentorHandle: hasHandle(mentorTarget),
    voice: aboutPerson(owner.name),
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
      functionKey: functionKeyOf(person.function),
      organisationKey: key(person.organization),
      career: bags.has(person.id) ? careerOf(person, referenceDate.getUTCFullYear()) : [],
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
