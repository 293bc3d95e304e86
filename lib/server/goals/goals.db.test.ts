import { describe, expect, it } from 'vitest';
import { createActor } from '@/scripts/support/actors';
import { AppError } from '../errors';
import { db } from '../db';
import { deleteGoal } from './delete-goal';
import { createGoal, findOwnGoal, listOwnGoals, updateGoal } from './goals';

const input = {
  statement: 'I want to move from engineering into product management.',
  needs: ['navigate-path' as const],
};

describe('goals', () => {
  it('belong to their owner, who can read, change and delete them', async () => {
    const owner = await createActor();
    const { id } = await createGoal({ actor: owner, input });
    expect((await findOwnGoal({ actor: owner, goalId: id }))?.statement).toBe(input.statement);

    await updateGoal({
      actor: owner,
      input: { ...input, goalId: id, statement: 'Now: become a product lead.', clarity: 'CLEAR' },
    });
    const updated = await findOwnGoal({ actor: owner, goalId: id });
    expect(updated).toMatchObject({
      statement: 'Now: become a product lead.',
      clarity: 'CLEAR',
      needs: ['navigate-path'],
    });

    await deleteGoal({ actor: owner, input: { goalId: id } });
    expect(await listOwnGoals({ actor: owner })).toEqual([]);
  });

  it('come back with their triage reasons parsed, and a stored shape that no longer fits fails at the read', async () => {
    const owner = await createActor();
    const { id } = await createGoal({ actor: owner, input });
    const goal = await findOwnGoal({ actor: owner, goalId: id });
    expect(goal?.triageReasons?.length).toBeGreaterThan(0);
    for (const reason of goal?.triageReasons ?? [])
      expect(reason).toEqual({ code: expect.any(String), text: expect.any(String) });

    await db.goal.update({ where: { id }, data: { triageReasons: [{ code: 'no-text' }] } });
    await expect(findOwnGoal({ actor: owner, goalId: id })).rejects.toThrow(
      'Goal.triageReasons does not have its stored shape',
    );
  });

  it("are out of another person's reach: not found, and left unchanged", async () => {
    const owner = await createActor();
    const other = await createActor();
    const { id } = await createGoal({ actor: owner, input });

    expect(await findOwnGoal({ actor: other, goalId: id })).toBeNull();
    expect(await listOwnGoals({ actor: other })).toEqual([]);
    const attempt = updateGoal({
      actor: other,
      input: { ...input, goalId: id, statement: 'Hijacked goal text.' },
    });
    await expect(attempt).rejects.toEqual(new AppError('NOT_FOUND', 'That goal was not found.'));
    await expect(deleteGoal({ actor: other, input: { goalId: id } })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });

    const stored = await db.goal.findUniqueOrThrow({ where: { id } });
    expect(stored.statement).toBe(input.statement);
  });
});
