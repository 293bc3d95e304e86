/**
 * A run's review a page at a time: every proposal on exactly one page in the order asked,
 * the words and status filters done in the database, and nothing for anyone but the program's
 * admins.
 */
import { describe, expect, it } from 'vitest';
import { readReviewQuery, REVIEW_PAGE_SIZE } from '@/lib/core/programs/runs/review-query';
import { createActor } from '@/scripts/support/actors';
import { createTestGoal } from '@/scripts/support/people';
import { createCohort } from '@/test/programs/runs';
import { db } from '../../db';
import { performRun } from './run-job';
import { reviewPage } from './review-page';
import { startRun } from './runs';

const EXTRA = 45;

/** A finished run, with proposals added for more protégés than two pages hold. */
async function bigRun() {
  const cohort = await createCohort(2);
  const { id: runId } = await startRun({
    actor: cohort.admin,
    input: { programId: cohort.programId },
  });
  await performRun(runId);
  const supporter = (await db.proposal.findFirstOrThrow({ where: { runId } })).supporterId;
  for (let at = 0; at < EXTRA; at++) {
    const protege = await createActor();
    await db.user.update({ where: { id: protege.id }, data: { name: `Cohort Member ${at}` } });
    const goal = await createTestGoal(db, protege.id, `Goal number ${at} about budgets.`);
    await db.proposal.create({
      data: {
        runId,
        goalId: goal.id,
        kind: 'MENTOR',
        protegeId: protege.id,
        supporterId: supporter,
        // Many equal scores: paging must still show each proposal once.
        score: 500 + (at % 4),
        reasons: [],
        alternatives: [],
        status: at % 3 === 0 ? 'APPROVED' : 'PROPOSED',
      },
    });
  }
  return { cohort, runId, all: EXTRA + 2 };
}

describe('a run’s review, a page at a time', () => {
  it('shows every proposal once across the pages, in the order asked', async () => {
    const { cohort, runId, all } = await bigRun();
    for (const sort of ['score', 'protege', 'status'] as const) {
      const seen: string[] = [];
      const scores: number[] = [];
      for (let page = 1; ; page++) {
        const shown = await reviewPage({
          actor: cohort.admin,
          runId,
          query: readReviewQuery({ page: String(page), sort }),
        });
        expect(shown).toMatchObject({ total: all, matching: all, pages: 3, page });
        expect(shown.rows.length).toBeLessThanOrEqual(REVIEW_PAGE_SIZE);
        seen.push(...shown.rows.map((row) => row.id));
        scores.push(...shown.rows.map((row) => row.score));
        if (page === shown.pages) break;
      }
      expect(new Set(seen).size).toBe(all);
      if (sort === 'score') expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
  });

  it('filters by words and status in the database, and keeps the page within what matches', async () => {
    const { cohort, runId } = await bigRun();
    const read = (params: Record<string, string>) =>
      reviewPage({ actor: cohort.admin, runId, query: readReviewQuery(params) });

    const named = await read({ q: 'member 1' });
    // "Cohort Member 1" and "Cohort Member 10" to "19": any case, names and goals alike.
    expect(named.matching).toBe(11);
    expect(named.rows.every((row) => /member 1/i.test(row.protege.name))).toBe(true);
    expect((await read({ q: 'NUMBER 7 ABOUT' })).rows.map((row) => row.goal.statement)).toEqual([
      'Goal number 7 about budgets.',
    ]);

    const approved = await read({ status: 'APPROVED' });
    expect(approved.matching).toBe(approved.approved);
    expect(approved.rows.every((row) => row.status === 'APPROVED')).toBe(true);
    // The fit bands count what is still to review, whatever the page shows.
    expect(approved.scoresToReview).toHaveLength(approved.total - approved.approved);

    const pastTheEnd = await read({ page: '99', status: 'APPROVED' });
    expect(pastTheEnd.page).toBe(pastTheEnd.pages);
    expect(pastTheEnd.rows.length).toBeGreaterThan(0);
  });

  it('shows nothing to anyone but the program’s admins', async () => {
    const { runId } = await bigRun();
    const stranger = (await createCohort(1)).admin;
    for (const actor of [stranger, await createActor()]) {
      expect(await reviewPage({ actor, runId, query: readReviewQuery({}) })).toMatchObject({
        rows: [],
        matching: 0,
        total: 0,
        approved: 0,
        scoresToReview: [],
      });
    }
  });
});
