import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_FIT_WEIGHTS } from './weights';
import { fitFor, pointsFor, scoreOf } from '@/test/matching/fit-helpers';
import { makeGoal, makePerson, makeStep, makeSupporter } from '@/test/matching/fit-factories';
import type { FitWeights } from './types';

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

  it('gives 0 with all weights zero and lets one weight take everything', () => {
    const { people, goal, supporterId } = scene();
    const zero = {
      beenThere: 0,
      coachingAreas: 0,
      topics: 0,
      crossFunction: 0,
      crossOrganisation: 0,
      timezone: 0,
    };
    expect(scoreOf(fitFor(people, goal, supporterId, 'mentor', { weights: zero }))).toBe(0);
    const onlyFunction = fitFor(people, goal, supporterId, 'mentor', {
      weights: { ...zero, crossFunction: 1e-9 },
    });
    expect(scoreOf(onlyFunction)).toBe(1000);
    expect(pointsFor(onlyFunction, 'other-function')).toBe(1000);
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
