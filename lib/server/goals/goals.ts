import 'server-only';
/**
 * Goals are their owner's: every read and write here carries the owner in its `where`, so
 * another person's goal is "not found", whether asked for by URL or by a forged form. Who
 * else may read a goal's words is the owner's choice (its visibility), honoured by the
 * supporter's side (suggestions/goals-to-help.ts) and by requests and relationships.
 */
import { storedTriageReasonsSchema, triageStoredGoal } from '@/lib/core/goals/goal-triage';
import type { GoalAnswersInput, GoalInput, HelpChoiceInput } from '@/lib/validation/goal';
import type { Actor } from '../auth/session';
import { db } from '../db';
import { notFound } from '../errors';
import { refuseGuest } from '../outside/guests';
import { fromJson } from '../programs/runs/json-column';

const ownedBy = (actor: Actor) => ({ userId: actor.id });

/** A goal as written; without a visibility a new goal takes the default and an edit keeps its own. */
type GoalWrite = Omit<GoalInput, 'visibility'> & Partial<Pick<GoalInput, 'visibility'>>;

/** The goal as the person wrote it, plus the triage of exactly those words and answers. */
function toColumns(input: GoalWrite) {
  const columns = {
    statement: input.statement,
    targetTitle: input.targetTitle || null,
    targetLevel: input.targetLevel ?? null,
    horizon: input.horizon ?? null,
    clarity: input.clarity ?? null,
    needs: input.needs,
  };
  // Who may read it is not part of what the triage reads.
  return {
    ...columns,
    ...triageStoredGoal(columns),
    ...(input.visibility ? { visibility: input.visibility } : {}),
  };
}

export function listOwnGoals({ actor }: { actor: Actor }) {
  return db.goal.findMany({ where: ownedBy(actor), orderBy: { createdAt: 'desc' } });
}

/** The goal, with its triage reasons parsed from their JSON column; null when not the actor's. */
export async function findOwnGoal({ actor, goalId }: { actor: Actor; goalId: string }) {
  const goal = await db.goal.findFirst({ where: { id: goalId, ...ownedBy(actor) } });
  return (
    goal && {
      ...goal,
      triageReasons: fromJson(storedTriageReasonsSchema, goal.triageReasons, 'Goal.triageReasons'),
    }
  );
}

export async function createGoal({ actor, input }: { actor: Actor; input: GoalWrite }) {
  // Goals, and the suggestions they bring, are for members: a guest saves a profile first.
  await refuseGuest(actor, 'page');
  return db.goal.create({ data: { userId: actor.id, ...toColumns(input) }, select: { id: true } });
}

export async function updateGoal({
  actor,
  input,
}: {
  actor: Actor;
  input: GoalWrite & { goalId: string };
}) {
  const { count } = await db.goal.updateMany({
    where: { id: input.goalId, ...ownedBy(actor) },
    data: toColumns(input),
  });
  if (count === 0) throw notFound('goal');
}

/** The optional questionnaire: new answers, and the triage run again with them. */
export async function answerGoalQuestions({
  actor,
  input,
}: {
  actor: Actor;
  input: GoalAnswersInput;
}) {
  const goal = await findOwnGoal({ actor, goalId: input.goalId });
  if (!goal) throw notFound('goal');
  const answers = { clarity: input.clarity ?? null, needs: input.needs };
  const { count } = await db.goal.updateMany({
    where: { id: goal.id, ...ownedBy(actor) },
    data: { ...answers, ...triageStoredGoal({ statement: goal.statement, ...answers }) },
  });
  if (count === 0) throw notFound('goal');
}

/** The person's own choice of help; `null` goes back to the recommendation. Recorded with when. */
export async function chooseHelpKind({ actor, input }: { actor: Actor; input: HelpChoiceInput }) {
  const chosenKind = input.choice === 'RECOMMENDED' ? null : input.choice;
  const { count } = await db.goal.updateMany({
    where: { id: input.goalId, ...ownedBy(actor) },
    data: { chosenKind, chosenAt: chosenKind ? new Date() : null },
  });
  if (count === 0) throw notFound('goal');
}
