/**
 * Who a run left out, a page at a time: every member's unmet goal once across the pages, in
 * the run's order, never a goal of someone outside the program, and nothing for outsiders.
 */
import { describe, expect, it } from 'vitest';
import { createActor } from '@/scripts/support/actors';
import { createTestGoal } from '@/scripts/support/people';
import { createCohort } from '@/test/programs/runs';
import { db } from '../../db';
import { leftOutPage } from './left-out';
import { performRun } from './run-job';
import { startRun } from './runs';

describe('who a run left out', () => {
  it('comes a page at a time, members only, in the run’s order', async () => {
    const cohort = await createCohort(1);
    const { id: runId } = await startRun({
      actor: cohort.admin,
      input: { programId: cohort.programId },
    });
    await performRun(runId);
    const goals = [];
    for (let at = 0; at < 7; at++) {
      const member = await createActor();
      await db.programMember.create({ data: { programId: cohort.programId, userId: member.id } });
      goals.push(await createTestGoal(db, member.id, `Left out goal ${at}.`));
    }
    const outsider = await createActor();
    const notAMember = await createTestGoal(db, outsider.id, 'Not in this program.');
    const unmet = [notAMember, ...goals].map((goal) => ({
      goalId: goal.id,
      kind: 'MENTOR',
      because: 'no-room',
    }));
    await db.matchingRun.update({ where: { id: runId }, data: { unmet } });

    const read = (page: number, actor = cohort.admin) =>
      leftOutPage({ actor, runId, page, size: 3 });
    const pages = [await read(1), await read(2), await read(3)];
    for (const [at, shown] of pages.entries())
      expect(shown).toMatchObject({ total: 7, pages: 3, page: at + 1 });
    expect(pages.flatMap((shown) => shown.rows.map((row) => row.goal))).toEqual(
      goals.map((goal) => goal.statement),
    );
    expect((await read(99)).page).toBe(3);
    expect(await read(1, (await createCohort(1)).admin)).toEqual({
      rows: [],
      total: 0,
      page: 1,
      pages: 1,
    });
  });
});
