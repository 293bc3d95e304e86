'use server';
import { redirect } from 'next/navigation';
import { userAction } from '@/lib/server/actions/form-action';
import { revalidatePath } from 'next/cache';
import {
  answerGoalQuestions,
  chooseHelpKind,
  createGoal,
  updateGoal,
} from '@/lib/server/goals/goals';
import {
  goalAnswersSchema,
  goalIdSchema,
  goalSchema,
  helpChoiceSchema,
} from '@/lib/validation/goal';
import { intentCorrectionSchema } from '@/lib/validation/goal-intent';
import { clearGoalIntentCorrection, correctGoalIntent } from '@/lib/server/goals/intent';
import { deleteGoal } from '@/lib/server/goals/delete-goal';

export const createGoalAction = userAction(goalSchema, async (args) => {
  const goal = await createGoal(args);
  redirect(`/goals/${goal.id}?saved=1`);
});

export const updateGoalAction = userAction(goalSchema.extend(goalIdSchema.shape), async (args) => {
  await updateGoal(args);
  redirect(`/goals/${args.input.goalId}?saved=1`);
});

export const deleteGoalAction = userAction(goalIdSchema, async (args) => {
  await deleteGoal(args);
  redirect('/goals?deleted=1');
});

export const answerGoalQuestionsAction = userAction(goalAnswersSchema, async (args) => {
  await answerGoalQuestions(args);
  redirect(`/goals/${args.input.goalId}?saved=answers`);
});

export const chooseHelpKindAction = userAction(helpChoiceSchema, async (args) => {
  await chooseHelpKind(args);
  revalidatePath(`/goals/${args.input.goalId}`);
});

export const correctGoalIntentAction = userAction(intentCorrectionSchema, async (args) => {
  await correctGoalIntent(args);
  redirect(`/goals/${args.input.goalId}?saved=intent`);
});

export const clearGoalIntentAction = userAction(goalIdSchema, async (args) => {
  await clearGoalIntentCorrection(args);
  redirect(`/goals/${args.input.goalId}?saved=reading`);
});
