/**
 * The goal page's suggestions read the company in a fixed number of queries, however many
 * supporters there are (decision 026, "The pages' own queries"): a query per supporter (an
 * N+1) would not show on the 300-person demo but would on 20,000. The page is counted with a
 * recording client, from a pool built from nothing and from a warm pool, at two sizes.
 */
import { describe, expect, it } from 'vitest';
import { installRecordingClient } from '@/scripts/explain/capture';

// Installed before the server modules load, so lib/server/db.ts takes it as its client.
const recorder = installRecordingClient(process.env.DATABASE_URL!);
const { db } = await import('../db');
const { createProtege, createSupporter } = await import('@/test/db/connections');
const { suggestionsForGoal } = await import('./goal-suggestions');
const { goalsToHelp } = await import('./goals-to-help');
const { forgetSupporterPool } = await import('./supporter-pool');

async function addSupporters(count: number) {
  for (let made = 0; made < count; made++) {
    const supporter = await createSupporter(2, made % 2 ? 'MENTORING' : 'BOTH');
    await db.experience.create({
      data: {
        userId: supporter.id,
        title: 'Finance Team Lead',
        level: 5,
        organisation: 'Elsewhere',
        country: 'GB',
        kind: 'PROMOTION',
        startYear: 2018,
        endYear: 2022,
        description: 'Led a finance team.',
      },
    });
  }
}

describe('the goal page’s queries', () => {
  it('do not grow with the number of supporters', async () => {
    const protege = await createProtege();
    await db.goal.update({ where: { id: protege.goal.id }, data: { triageKind: 'MENTOR' } });
    const page = () => suggestionsForGoal({ actor: protege.actor, goalId: protege.goal.id });
    const counts = async () => {
      forgetSupporterPool();
      const cold = await recorder.record(page);
      const warm = await recorder.record(page);
      const shown = (await page()).lists.flatMap((list) => list.candidates).length;
      return { cold: cold.length, warm: warm.length, shown };
    };

    await addSupporters(3);
    const few = await counts();
    await addSupporters(12);
    const many = await counts();

    expect(few.warm).toBeGreaterThan(0);
    expect(many.shown).toBeGreaterThan(few.shown);
    expect({ cold: many.cold, warm: many.warm }).toEqual({ cold: few.cold, warm: few.warm });
  });

  it('for /help do not grow with the number of goals and owners', async () => {
    const supporter = await createSupporter(2, 'BOTH');
    const page = () => goalsToHelp({ actor: supporter });
    const addGoals = async (count: number) => {
      for (let made = 0; made < count; made++) await createProtege();
    };
    const counts = async () => ({
      queries: (await recorder.record(page)).length,
      shown: (await page())?.length ?? 0,
    });

    await addGoals(3);
    const few = await counts();
    await addGoals(12);
    const many = await counts();

    expect(few.queries).toBeGreaterThan(0);
    expect(many.shown).toBeGreaterThan(few.shown);
    expect(many.queries).toBe(few.queries);
  });
});
