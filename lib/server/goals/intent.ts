import 'server-only';
/**
 * What a goal is after, for its owner's page and for matching: the owner's correction when
 * they made one, otherwise the reading of their words against where they stand now. Reads and
 * writes carry the owner in their `where`, like every goal operation.
 */
import { readGoalIntent } from '@/lib/core/goals/intent/read-intent';
import { goalIntentSchema } from '@/lib/core/goals/intent/schema';
import type { GoalIntent } from '@/lib/core/goals/intent/types';
import type { GoalNeed } from '@/lib/core/goals/needs';
import { Prisma, type Goal } from '@/lib/generated/prisma/client';
import type { IntentCorrectionInput } from '@/lib/validation/goal-intent';
import type { Actor } from '../auth/session';
import { db } from '../db';
import { notFound } from '../errors';
import { fromJson, toJson } from '../programs/runs/json-column';

export interface Standing {
  title: string;
  level: number;
  function: string;
}

export interface GoalReading {
  intent: GoalIntent;
  /** True when the intent is the person's own correction. */
  corrected: boolean;
  standing: Standing;
}

type IntentColumns = Pick<
  Goal,
  'statement' | 'targetTitle' | 'targetLevel' | 'needs' | 'intentCorrection'
>;

/** The correction when there is one, else the reading of the goal's words and fields. */
export function intentOf(goal: IntentColumns, standing: Standing): GoalIntent {
  if (goal.intentCorrection !== null)
    return fromJson(goalIntentSchema, goal.intentCorrection, 'Goal.intentCorrection');
  return readGoalIntent({
    goal: goal.statement,
    currentTitle: standing.title,
    currentLevel: standing.level,
    currentFunction: standing.function,
    targetTitle: goal.targetTitle,
    targetLevel: goal.targetLevel,
    needs: goal.needs as GoalNeed[],
  });
}

async function standingOf(actor: Actor): Promise<Standing> {
  const profile = await db.profile.findUnique({
    where: { userId: actor.id },
    select: { jobTitle: true, level: true, function: { select: { name: true } } },
  });
  return {
    title: profile?.jobTitle ?? '',
    level: profile?.level ?? 3,
    function: profile?.function.name ?? '',
  };
}

export async function readOwnGoalIntent({
  actor,
  goal,
}: {
  actor: Actor;
  goal: IntentColumns;
}): Promise<GoalReading> {
  const standing = await standingOf(actor);
  return { intent: intentOf(goal, standing), corrected: goal.intentCorrection !== null, standing };
}

export async function correctGoalIntent({
  actor,
  input,
}: {
  actor: Actor;
  input: IntentCorrectionInput;
}) {
  const goal = await db.goal.findFirst({ where: { id: input.goalId, userId: actor.id } });
  if (!goal) throw notFound('goal');
  const reading = intentOf({ ...goal, intentCorrection: null }, await standingOf(actor));
  const corrected: GoalIntent = {
    targetRole: {
      title: input.targetTitle || null,
      level: input.targetLevel ?? null,
      function: input.targetFunction ?? null,
    },
    moves: input.moves,
    // The areas come from the words and the checklist, which the person edits there.
    coachingAreas: reading.coachingAreas,
  };
  await db.goal.updateMany({
    where: { id: goal.id, userId: actor.id },
    data: { intentCorrection: toJson(goalIntentSchema, corrected) },
  });
}

export async function clearGoalIntentCorrection({
  actor,
  input,
}: {
  actor: Actor;
  input: { goalId: string };
}) {
  const { count } = await db.goal.updateMany({
    where: { id: input.goalId, userId: actor.id },
    data: { intentCorrection: Prisma.DbNull },
  });
  if (count === 0) throw notFound('goal');
}
