/**
 * A goal as fit reads it: its kinds, coaching needs, intent, the career it aims at and its
 * words as a bag against the supporters' learned corpus.
 */
import { readGoalIntent } from '@/lib/core/goals/intent/read-intent';
import type { GoalIntent } from '@/lib/core/goals/intent/types';
import type { FileGoal, FilePerson, PeopleFile } from '@/lib/core/matching/people-file';
import { triageGoal } from '@/lib/core/triage';
import { coachNeedsOf } from './coaching';
import { functionKeyOf } from './function-key';
import { hasHandle, type MentorTarget } from './lived';
import type { PreparedGoal } from './prepared';
import { topicWords } from './text';
import type { TopicBag } from './topics';
import { leadsPeople } from './track';
import { aboutPerson } from './voice';

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
 * downstream changes the objects, which are shared between files. Plain data, so a reading
 * made in another thread can be handed over (rememberGoalReadings).
 */
export interface GoalReading {
  triage: ReturnType<typeof triageGoal>;
  intent: GoalIntent | null;
  words: ReturnType<typeof topicWords>;
}

const readings = new Map<string, GoalReading>();
const MAX_READINGS = 50_000;

/** Everything a reading depends on, as one string: equal keys, equal readings. */
export function goalReadingKey(goal: FileGoal, owner: FilePerson): string {
  return JSON.stringify([
    goal.text,
    goal.clarity ?? null,
    goal.needs ?? null,
    goal.targetTitle ?? null,
    goal.targetLevel ?? null,
    goal.intent ? null : [owner.title, owner.level, owner.function],
  ]);
}

function readGoalAfresh(goal: FileGoal, owner: FilePerson): GoalReading {
  return {
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
}

function remember(key: string, reading: GoalReading): void {
  if (readings.size >= MAX_READINGS) readings.clear();
  readings.set(key, reading);
}

/** Keeps readings made elsewhere (another thread), so preparing those goals reads nothing. */
export function rememberGoalReadings(entries: Iterable<readonly [string, GoalReading]>): void {
  for (const [key, reading] of entries) remember(key, reading);
}

function readGoal(goal: FileGoal, owner: FilePerson): GoalReading {
  const key = goalReadingKey(goal, owner);
  const known = readings.get(key);
  if (known) return known;
  const reading = readGoalAfresh(goal, owner);
  remember(key, reading);
  return reading;
}

/** Each distinct reading of a file's goals, keyed: what another thread needs to prepare it. */
export function goalReadings(file: PeopleFile): [key: string, reading: GoalReading][] {
  const owners = new Map(file.people.map((person) => [person.id, person]));
  const found = new Map<string, GoalReading>();
  for (const goal of file.goals) {
    const owner = owners.get(goal.personId);
    if (!owner) continue;
    const key = goalReadingKey(goal, owner);
    if (!found.has(key)) found.set(key, readGoal(goal, owner));
  }
  return [...found];
}

export function prepareGoal(
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
