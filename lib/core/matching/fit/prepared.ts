/**
 * What preparing a file gives: everything about a person or a goal that fit needs, worked out
 * once, so that scoring one pair is set lookups and one cosine.
 */
import type { GoalIntent } from '@/lib/core/goals/intent/types';
import type { GoalNeed } from '@/lib/core/goals/needs';
import type { FileGoal, FilePerson } from '@/lib/core/matching/people-file';
import type { CareerStep } from './career';
import type { CoachNeeds } from './coaching';
import type { MentorTarget } from './lived';
import type { TopicBag } from './topics';
import type { SupportKind } from './types';
import type { Voice } from './voice';

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
