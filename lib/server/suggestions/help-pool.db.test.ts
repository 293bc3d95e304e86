/**
 * "Goals you would suit" reads its goals from a kept cache (help-pool.ts). Two things must
 * hold: a supporter reads the score the goal's owner reads about them on the goal page, and
 * every edit shows on the next view exactly as a cache filled from nothing shows it.
 */
import { describe, expect, it } from 'vitest';
import { createProtege, createSupporter } from '@/test/db/connections';
import { createActor } from '@/scripts/support/actors';
import { createTestGoal, createTestProfile } from '@/scripts/support/people';
import type { Actor } from '../auth/session';
import { db } from '../db';
import { suggestionsForGoal } from './goal-suggestions';
import { goalsToHelp } from './goals-to-help';
import { forgetHelpPool } from './help-pool';
import { forgetSupporterPool } from './supporter-pool';

const EVERYONE = 1_000_000;

async function addStep(userId: string, title: string, description: string) {
  await db.experience.create({
    data: {
      userId,
      title,
      level: 5,
      organisation: 'Elsewhere',
      country: 'GB',
      kind: 'PROMOTION',
      startYear: 2019,
      endYear: 2023,
      description,
    },
  });
}

const view = (supporter: Actor) => goalsToHelp({ actor: supporter, top: EVERYONE });

/** The view from the kept cache, checked against one filled from nothing. */
async function viewChecked(supporter: Actor) {
  const kept = await view(supporter);
  forgetHelpPool();
  forgetSupporterPool();
  expect(await view(supporter)).toEqual(kept);
  return kept ?? [];
}

describe('goals you would suit', () => {
  it('score each goal as its owner’s goal page scores the supporter', async () => {
    const supporter = await createSupporter(3, 'BOTH');
    await addStep(supporter.id, 'Finance Team Lead', 'Led a finance team through an audit.');
    // Other supporters with other words: the corpus the goal page learns is theirs too.
    for (const [title, words] of [
      ['Sales Director', 'Grew a sales team across three countries.'],
      ['Engineering Manager', 'Built a platform team and hired twelve engineers.'],
      ['Finance Director', 'Ran budgeting and the finance team for a region.'],
    ] as const) {
      const other = await createSupporter(2, 'MENTORING');
      await addStep(other.id, title, words);
    }
    const owners = [await createProtege(), await createProtege(), await createProtege()];
    await db.goal.update({
      where: { id: owners[1]!.goal.id },
      data: { statement: 'I want to get better at presenting budgets to the finance team.' },
    });

    const listed = await viewChecked(supporter);
    expect(listed.length).toBeGreaterThanOrEqual(owners.length);
    for (const entry of listed) {
      const owner = owners.find((protege) => protege.goal.id === entry.goalId);
      expect(owner).toBeDefined();
      const page = await suggestionsForGoal({
        actor: owner!.actor,
        goalId: entry.goalId,
        top: EVERYONE,
      });
      const list = page.lists.find((one) => one.kind === entry.kind.toLowerCase());
      const seen = list?.candidates.find((candidate) => candidate.personId === supporter.id);
      expect({ goal: entry.goalId, kind: entry.kind, score: seen?.score }).toEqual({
        goal: entry.goalId,
        kind: entry.kind,
        score: entry.score,
      });
    }
  });

  it('shows an edited goal, an owner’s edit, a hidden and a new goal on the next view', async () => {
    const supporter = await createSupporter(3, 'BOTH');
    await addStep(supporter.id, 'Finance Team Lead', 'Led a finance team through an audit.');
    const [first, second] = [await createProtege(), await createProtege()];
    // Only this test's goals: the file's database keeps the other test's.
    const mine = new Set([first.goal.id, second.goal.id]);
    const ids = (entries: { goalId: string }[]) =>
      new Set(entries.map((entry) => entry.goalId).filter((id) => mine.has(id)));
    expect(ids(await viewChecked(supporter))).toEqual(new Set([first.goal.id, second.goal.id]));

    const words = 'I want to become head of finance and lead the budgeting team.';
    await db.goal.update({ where: { id: first.goal.id }, data: { statement: words } });
    const edited = await viewChecked(supporter);
    expect(
      edited.filter((entry) => entry.goalId === first.goal.id).map((e) => e.statement),
    ).toEqual(edited.filter((entry) => entry.goalId === first.goal.id).map(() => words));
    expect(edited.some((entry) => entry.goalId === first.goal.id)).toBe(true);

    // The owner now shares no language with the supporter: no longer someone they could help.
    await db.profile.update({ where: { userId: second.actor.id }, data: { languages: ['fi'] } });
    expect(ids(await viewChecked(supporter))).toEqual(new Set([first.goal.id]));

    await db.goal.update({ where: { id: first.goal.id }, data: { visibility: 'ONLY_ASKED' } });
    expect(ids(await viewChecked(supporter))).toEqual(new Set());

    const newcomer = await createActor();
    await createTestProfile(db, newcomer.id);
    const goal = await createTestGoal(db, newcomer.id);
    mine.add(goal.id);
    expect(ids(await viewChecked(supporter))).toEqual(new Set([goal.id]));
  });

  it('reads the owners again when a function is renamed', async () => {
    const supporter = await createActor();
    await createTestProfile(db, supporter.id, {
      offers: 'MENTORING',
      capacity: 2,
      jobTitle: 'Engineering Manager',
      functionName: 'Engineering',
    });
    const owner = await createActor();
    await createTestProfile(db, owner.id, { functionName: 'Legal' });
    const goal = await createTestGoal(db, owner.id);
    await db.goal.update({ where: { id: goal.id }, data: { triageKind: 'MENTOR' } });
    const scoreOf = (entries: { goalId: string; score: number }[]) =>
      entries.find((entry) => entry.goalId === goal.id)?.score;
    const before = scoreOf(await viewChecked(supporter));

    // Now one function with the supporter's: no longer an outside view, so a lower score.
    await db.function.update({
      where: { name: 'Legal' },
      data: { name: 'Software Engineering' },
    });
    const after = scoreOf(await viewChecked(supporter));
    expect(before).toBeDefined();
    expect(after).toBeLessThan(before!);
  });
});
