import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_FIT_WEIGHTS } from './weights';
import { fitFor, pointsFor, scoreOf } from '@/test/matching/fit-helpers';
import { makeGoal, makePerson, makeStep, makeSupporter } from '@/test/matching/fit-factories';
import { GOAL_NEEDS, NEED_POINTS_TO } from '@/lib/core/goals/needs';
import type { FitWeights } from './types';

const COACH_AREAS = GOAL_NEEDS.filter((need) => NEED_POINTS_TO[need] === 'coach');

function scene() {
  const protege = makePerson({ level: 3, function: 'Finance' });
  const supporter = makeSupporter({
    function: 'Marketing',
    organization: 'Beta',
    timezone: 'Europe/Paris',
    skills: ['pricing'],
    offers: { mentoring: true, coaching: true, capacity: 2, coachingAreas: ['presentation'] },
    experiences: [
      makeStep({
        title: 'Finance Director',
        level: 6,
        kind: 'promotion',
        years: '2018-2022',
        description: 'Pricing and treasury.',
      }),
    ],
  });
  const goal = makeGoal(protege.id, {
    text: 'Become a finance director and present well on pricing.',
    targetTitle: 'Finance Director',
    targetLevel: 6,
  });
  return { people: [protege, supporter], goal, supporterId: supporter.id };
}

const weight = fc.oneof(
  fc.double({ min: -10, max: 1e308, noNaN: false }),
  fc.constantFrom(0, Infinity, -Infinity, 1e-300),
);
const weights = fc.record<FitWeights>({
  beenThere: weight,
  coachingAreas: weight,
  topics: weight,
  crossFunction: weight,
  crossOrganisation: weight,
  timezone: weight,
});

describe('fit score', () => {
  it('stays a whole number within 0-1000 whose reasons add up to it, for any weights', () => {
    const { people, goal, supporterId } = scene();
    fc.assert(
      fc.property(weights, fc.constantFrom('mentor' as const, 'coach' as const), (w, kind) => {
        const result = fitFor(people, goal, supporterId, kind, { weights: w });
        const score = scoreOf(result);
        expect(Number.isInteger(score)).toBe(true);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1000);
        const sum = result.eligible
          ? result.reasons.reduce((total, reason) => total + reason.points, 0)
          : NaN;
        expect(sum).toBe(score);
      }),
      { numRuns: 150 },
    );
  });

  it('keeps the evidence band whatever the weights: zero weights leave the band, one weight fills it', () => {
    const { people, goal, supporterId } = scene();
    const zero = {
      beenThere: 0,
      coachingAreas: 0,
      topics: 0,
      crossFunction: 0,
      crossOrganisation: 0,
      timezone: 0,
    };
    const lived = scoreOf(fitFor(people, goal, supporterId, 'mentor', { weights: zero }));
    expect(lived).toBe(750);
    const onlyFunction = fitFor(people, goal, supporterId, 'mentor', {
      weights: { ...zero, crossFunction: 1e-9 },
    });
    expect(scoreOf(onlyFunction)).toBe(1000);
    expect(pointsFor(onlyFunction, 'other-function')).toBe(250);
  });

  it('never lets a weighting lift a pair without evidence above one with it', () => {
    const protege = makePerson({ level: 4, function: 'Finance' });
    const presenter = makeSupporter({
      function: 'Finance',
      level: 5,
      offers: { mentoring: false, coaching: true, capacity: 2, coachingAreas: ['presentation'] },
    });
    const outsider = makeSupporter({
      function: 'Sales',
      organization: 'Elsewhere',
      level: 5,
      offers: { mentoring: false, coaching: true, capacity: 2, coachingAreas: [...COACH_AREAS] },
    });
    const goal = makeGoal(protege.id, {
      text: 'I want to present well to the executive team and handle conflict in meetings.',
      kind: 'coach',
      needs: ['presentation', 'conflict'],
      intent: {
        targetRole: { title: null, level: null, function: null },
        moves: [],
        coachingAreas: ['presentation', 'conflict'],
      },
    });
    const people = [protege, presenter, outsider];
    fc.assert(
      fc.property(weights, (w) => {
        const covering = scoreOf(fitFor(people, goal, outsider.id, 'coach', { weights: w }));
        const partial = scoreOf(fitFor(people, goal, presenter.id, 'coach', { weights: w }));
        expect(covering).toBeGreaterThanOrEqual(750);
        expect(partial).toBeLessThan(750);
      }),
      { numRuns: 100 },
    );
  });

  it('follows the weights: more weight on outside view lifts an outsider', () => {
    const { people, goal, supporterId } = scene();
    const base = scoreOf(fitFor(people, goal, supporterId, 'mentor'));
    const outsideHeavy = { ...DEFAULT_FIT_WEIGHTS, crossFunction: 200, crossOrganisation: 200 };
    expect(
      scoreOf(fitFor(people, goal, supporterId, 'mentor', { weights: outsideHeavy })),
    ).toBeGreaterThan(base);
  });

  it('is deterministic: the same input gives the same score and reasons', () => {
    const { people, goal, supporterId } = scene();
    expect(fitFor(people, goal, supporterId, 'mentor')).toEqual(
      fitFor(people, goal, supporterId, 'mentor'),
    );
    expect(fitFor(people, goal, supporterId, 'coach')).toEqual(
      fitFor(people, goal, supporterId, 'coach'),
    );
  });
});
