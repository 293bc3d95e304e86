import { describe, expect, it } from 'vitest';
import { recency } from './been-there';
import { fitFor, pointsFor, scoreOf } from '@/test/matching/fit-helpers';
import { makeGoal, makePerson, makeStep, makeSupporter } from '@/test/matching/fit-factories';

describe('mentor fit: been there', () => {
  it('rewards having held the target title, more when it was recent', () => {
    const protege = makePerson({ level: 4 });
    const recent = makeSupporter({
      experiences: [makeStep({ title: 'Finance Director', level: 6, years: '2021-2024' })],
    });
    const longAgo = makeSupporter({
      experiences: [makeStep({ title: 'Director of Finance', level: 6, years: '1998-2003' })],
    });
    const never = makeSupporter({ experiences: [makeStep({ title: 'Head of Sales', level: 6 })] });
    const people = [protege, recent, longAgo, never];
    const goal = makeGoal(protege.id, {
      text: 'I want to become a finance director.',
      targetTitle: 'Finance Director',
      targetLevel: 6,
    });
    const held = (id: string) =>
      pointsFor(fitFor(people, goal, id, 'mentor'), 'held-target-title') ?? 0;
    expect(held(recent.id)).toBeGreaterThan(held(longAgo.id));
    expect(held(longAgo.id)).toBeGreaterThan(0);
    expect(held(never.id)).toBe(0);
    expect(pointsFor(fitFor(people, goal, never.id, 'mentor'), 'target-title-not-held')).toBe(0);
  });

  it('counts a role held now as having held it', () => {
    const protege = makePerson({ level: 4 });
    const current = makeSupporter({ title: 'Finance Director', level: 6 });
    const goal = makeGoal(protege.id, { targetTitle: 'Finance Director', targetLevel: 6 });
    expect(
      pointsFor(fitFor([protege, current], goal, current.id, 'mentor'), 'held-target-title'),
    ).toBeGreaterThan(0);
  });

  it.each([
    ['function-change', 'I want to switch from engineering into product management.'],
    ['international-move', 'I want to relocate abroad with my company.'],
    ['founded-company', 'I would like to start my own company one day.'],
    ['career-break-return', 'I am coming back after a career break and want to find my feet.'],
  ] as const)('rewards having made the same move: %s', (kind, text) => {
    const protege = makePerson({ level: 4 });
    const made = makeSupporter({ level: 4, experiences: [makeStep({ kind, years: '2019-2022' })] });
    const other = makeSupporter({
      level: 4,
      experiences: [makeStep({ kind: 'other', years: '2019-2022' })],
    });
    const goal = makeGoal(protege.id, { text });
    const people = [protege, made, other];
    expect(pointsFor(fitFor(people, goal, made.id, 'mentor'), 'made-same-move')).toBeGreaterThan(0);
    expect(pointsFor(fitFor(people, goal, other.id, 'mentor'), 'move-not-made')).toBe(0);
    expect(scoreOf(fitFor(people, goal, made.id, 'mentor'))).toBeGreaterThan(
      scoreOf(fitFor(people, goal, other.id, 'mentor')),
    );
  });

  it('prefers a mentor at or above the target level to one below it', () => {
    const protege = makePerson({ level: 3 });
    const above = makeSupporter({ level: 6 });
    const below = makeSupporter({ level: 4 });
    const goal = makeGoal(protege.id, { targetLevel: 6 });
    const people = [protege, above, below];
    expect(pointsFor(fitFor(people, goal, above.id, 'mentor'), 'level-reached')).toBeGreaterThan(0);
    expect(pointsFor(fitFor(people, goal, below.id, 'mentor'), 'level-below-target')).toBe(0);
  });

  it('lets recency fade from five years back down to a floor', () => {
    expect(recency({ end: null }, 2026)).toBe(1);
    expect(recency({ end: 2021 }, 2026)).toBe(1);
    expect(recency({ end: 2011 }, 2026)).toBeCloseTo(0.6);
    expect(recency({ end: 1980 }, 2026)).toBe(0.4);
  });
});
