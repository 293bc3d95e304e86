/**
 * The kept supporter pool follows the database with no restart: triggers write who changed,
 * and the next suggestion page reads only those people again. After each edit the page must
 * show the edit and say exactly what a pool prepared from nothing says.
 */
import { describe, expect, it } from 'vitest';
import { createProtege, createSupporter } from '@/test/db/connections';
import { db } from '../db';
import { suggestionsForGoal } from './goal-suggestions';
import { trimPoolChanges } from './pool-changes';
import { forgetSupporterPool } from './supporter-pool';

const EVERYONE = 1_000_000;

async function mentoringGoal() {
  const protege = await createProtege();
  await db.goal.update({ where: { id: protege.goal.id }, data: { triageKind: 'MENTOR' } });
  return protege;
}

type Protege = Awaited<ReturnType<typeof mentoringGoal>>;

const page = (protege: Protege) =>
  suggestionsForGoal({ actor: protege.actor, goalId: protege.goal.id, top: EVERYONE });

/** The page as the kept pool gives it, checked against a pool prepared from nothing. */
async function pageChecked(protege: Protege) {
  const kept = await page(protege);
  forgetSupporterPool();
  expect(await page(protege)).toEqual(kept);
  return kept;
}

const candidate = (result: Awaited<ReturnType<typeof page>>, id: string) =>
  result.lists[0]?.candidates.find((entry) => entry.personId === id);

describe('the kept supporter pool', () => {
  it('sees an edited step, profile and name on the next page', async () => {
    const protege = await mentoringGoal();
    const [mentor, other] = await Promise.all([
      createSupporter(2, 'MENTORING'),
      createSupporter(2, 'MENTORING'),
    ]);
    const before = await pageChecked(protege);
    expect(candidate(before, mentor.id)).toBeDefined();

    // A step whose words are the goal's: the topics part of the fit changes.
    await db.experience.create({
      data: {
        userId: mentor.id,
        title: 'Finance Team Lead',
        level: 5,
        organisation: 'Elsewhere',
        country: 'GB',
        kind: 'PROMOTION',
        startYear: 2018,
        endYear: 2022,
        description: 'Led a finance team through two years of growth.',
      },
    });
    const afterStep = await pageChecked(protege);
    expect(candidate(afterStep, mentor.id)).not.toEqual(candidate(before, mentor.id));

    // A profile change: someone who stops being suggested is gone from the next page.
    await db.profile.update({ where: { userId: other.id }, data: { hideFromSuggestions: true } });
    const afterHiding = await pageChecked(protege);
    expect(candidate(afterHiding, other.id)).toBeUndefined();

    // A new name is on the card.
    await db.user.update({ where: { id: mentor.id }, data: { name: 'Renamed Mentor' } });
    const afterName = await pageChecked(protege);
    expect(afterName.people.get(mentor.id)?.name).toBe('Renamed Mentor');

    // An organisation renamed changes everyone in it at once.
    const profile = await db.profile.findUniqueOrThrow({
      where: { userId: mentor.id },
      select: { organisationId: true },
    });
    const renamed = `Renamed Org ${mentor.id}`;
    await db.organisation.update({
      where: { id: profile.organisationId },
      data: { name: renamed },
    });
    const afterOrganisation = await pageChecked(protege);
    expect(afterOrganisation.people.get(mentor.id)?.organisation).toBe(renamed);
  });

  it('applies a change whose transaction commits after a later change', async () => {
    const protege = await mentoringGoal();
    const [slow, quick] = await Promise.all([
      createSupporter(2, 'MENTORING'),
      createSupporter(2, 'MENTORING'),
    ]);
    await pageChecked(protege);
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let written = () => {};
    const wrote = new Promise<void>((resolve) => (written = resolve));
    // The slow edit takes its change id first and commits last.
    const slowEdit = db.$transaction(
      async (tx) => {
        await tx.user.update({ where: { id: slow.id }, data: { name: 'Committed Late' } });
        written();
        await held;
      },
      { timeout: 20_000 },
    );
    await wrote;
    await db.user.update({ where: { id: quick.id }, data: { name: 'Committed First' } });
    const between = await page(protege);
    expect(between.people.get(quick.id)?.name).toBe('Committed First');
    expect(between.people.get(slow.id)?.name).not.toBe('Committed Late');
    release();
    await slowEdit;
    const after = await pageChecked(protege);
    expect(after.people.get(slow.id)?.name).toBe('Committed Late');
  });

  it('writes one change per person per statement, and none for an edit that changes nothing', async () => {
    const mentor = await createSupporter(2, 'MENTORING');
    const count = () => db.suggestionPoolChange.count({ where: { userId: mentor.id } });
    const start = await count();
    await db.experience.createMany({
      data: [2010, 2014, 2018].map((startYear) => ({
        userId: mentor.id,
        title: 'Analyst',
        level: 2,
        organisation: 'Elsewhere',
        country: 'GB',
        kind: 'OTHER' as const,
        startYear,
        endYear: startYear + 3,
      })),
    });
    expect(await count()).toBe(start + 1);
    const { capacity } = await db.profile.findUniqueOrThrow({ where: { userId: mentor.id } });
    await db.profile.update({ where: { userId: mentor.id }, data: { capacity } });
    await db.user.update({ where: { id: mentor.id }, data: { emailVerified: new Date() } });
    expect(await count()).toBe(start + 1);
  });

  it('gives a viewer who offers help but hides the same page as before', async () => {
    const protege = await mentoringGoal();
    await createSupporter(2, 'MENTORING');
    await db.profile.update({
      where: { userId: protege.actor.id },
      data: { offers: 'MENTORING', capacity: 1, hideFromSuggestions: true },
    });
    const result = await pageChecked(protege);
    expect(result.lists[0]?.candidates.length).toBeGreaterThan(0);
  });

  it('lets the worker trim changes older than a day, never the newest', async () => {
    await createSupporter(2, 'MENTORING');
    const dayAgo = new Date(Date.now() - 25 * 60 * 60_000);
    await db.suggestionPoolChange.updateMany({ data: { at: dayAgo } });
    const newest = await db.suggestionPoolChange.findFirstOrThrow({ orderBy: { id: 'desc' } });
    await trimPoolChanges();
    const left = await db.suggestionPoolChange.findMany({ select: { id: true } });
    expect(left).toEqual([{ id: newest.id }]);
    // A process that read up to the newest before the trim is not behind.
    const protege = await mentoringGoal();
    await pageChecked(protege);
  });
});
