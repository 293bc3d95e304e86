import { describe, expect, it } from 'vitest';
import { createActor } from '@/scripts/support/actors';
import { createTestProfile } from '@/scripts/support/people';
import { db } from '../db';
import { AppError } from '../errors';
import { goalForFile } from '../suggestions/people-from-db';
import { createGoal, findOwnGoal } from './goals';
import { clearGoalIntentCorrection, correctGoalIntent, readOwnGoalIntent } from './intent';

const statement = 'From senior engineer to engineering manager in the next year.';

async function newcomerWithGoal() {
  const actor = await createActor();
  await createTestProfile(db, actor.id, {
    jobTitle: 'Senior Software Engineer',
    level: 4,
    functionName: 'Engineering',
  });
  const { id } = await createGoal({ actor, input: { statement, needs: [] } });
  return { actor, goalId: id };
}

async function reading(actor: Awaited<ReturnType<typeof createActor>>, goalId: string) {
  const goal = await findOwnGoal({ actor, goalId });
  if (!goal) throw new Error('goal not found');
  return readOwnGoalIntent({ actor, goal });
}

describe('goal intent', () => {
  it('is read from the words against where the person stands, until they correct it', async () => {
    const { actor, goalId } = await newcomerWithGoal();
    const read = await reading(actor, goalId);
    expect(read.corrected).toBe(false);
    expect(read.intent.targetRole).toMatchObject({ level: 5, function: 'Engineering' });
    expect(read.intent.moves).toContain('step-up');
    expect(read.intent.moves).not.toContain('function-change');

    await correctGoalIntent({
      actor,
      input: {
        goalId,
        targetTitle: 'Product Manager',
        targetLevel: 3,
        targetFunction: 'Product',
        moves: ['function-change'],
      },
    });
    const corrected = await reading(actor, goalId);
    expect(corrected.corrected).toBe(true);
    expect(corrected.intent).toMatchObject({
      targetRole: { title: 'Product Manager', level: 3, function: 'Product' },
      moves: ['function-change'],
    });
    // Matching sees the correction through the engine's file.
    const row = await db.goal.findUniqueOrThrow({ where: { id: goalId } });
    expect(goalForFile(row).intent?.moves).toEqual(['function-change']);

    await clearGoalIntentCorrection({ actor, input: { goalId } });
    expect((await reading(actor, goalId)).corrected).toBe(false);
    expect(goalForFile(await db.goal.findUniqueOrThrow({ where: { id: goalId } })).intent).toBe(
      undefined,
    );
  });

  it("cannot be corrected or cleared on someone else's goal, which stays as it was", async () => {
    const { goalId } = await newcomerWithGoal();
    const stranger = await createActor();
    const attempt = { goalId, targetTitle: 'CEO', targetLevel: 8, moves: ['step-up' as const] };
    await expect(correctGoalIntent({ actor: stranger, input: attempt })).rejects.toBeInstanceOf(
      AppError,
    );
    await expect(
      clearGoalIntentCorrection({ actor: stranger, input: { goalId } }),
    ).rejects.toBeInstanceOf(AppError);
    expect((await db.goal.findUniqueOrThrow({ where: { id: goalId } })).intentCorrection).toBe(
      null,
    );
  });
});
