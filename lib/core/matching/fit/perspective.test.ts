import { describe, expect, it } from 'vitest';
import { fitFor, pointsFor, scoreOf } from '@/test/matching/fit-helpers';
import { makeGoal, makePerson, makeSupporter } from '@/test/matching/fit-factories';

describe('perspective and practical fit', () => {
  it('gives points for another function and another organisation', () => {
    const protege = makePerson({ function: 'Finance', organization: 'Acme' });
    const inside = makeSupporter({ function: 'finance', organization: 'ACME' });
    const outside = makeSupporter({ function: 'Marketing', organization: 'Beta' });
    const goal = makeGoal(protege.id);
    const people = [protege, inside, outside];
    const near = fitFor(people, goal, inside.id, 'mentor');
    const far = fitFor(people, goal, outside.id, 'mentor');
    expect(pointsFor(far, 'other-function')).toBeGreaterThan(0);
    expect(pointsFor(far, 'other-organisation')).toBeGreaterThan(0);
    expect(pointsFor(near, 'same-function')).toBe(0);
    expect(pointsFor(near, 'same-organisation')).toBe(0);
    expect(scoreOf(far)).toBeGreaterThan(scoreOf(near));
  });

  it('gives more points the more working hours two people share', () => {
    const protege = makePerson({ timezone: 'Europe/London' });
    const paris = makeSupporter({ timezone: 'Europe/Paris' });
    const tokyo = makeSupporter({ timezone: 'Asia/Tokyo' });
    const goal = makeGoal(protege.id);
    const people = [protege, paris, tokyo];
    const near = fitFor(people, goal, paris.id, 'mentor');
    expect(pointsFor(near, 'timezone-overlap')).toBeGreaterThan(0);
    const far = fitFor(people, goal, tokyo.id, 'mentor');
    expect(pointsFor(far, 'no-timezone-overlap')).toBe(0);
    expect(far.eligible && far.reasons.find((r) => r.code === 'no-timezone-overlap')?.text).toBe(
      '9 hours apart: the working days do not overlap, so meetings would be early or late for one of you.',
    );
  });

  it('names the shared language in a reason worth no points', () => {
    const protege = makePerson({ languages: ['en', 'es'] });
    const supporter = makeSupporter({ languages: ['es'] });
    const result = fitFor([protege, supporter], makeGoal(protege.id), supporter.id, 'mentor');
    expect(
      result.eligible && result.reasons.find((r) => r.code === 'shared-language'),
    ).toMatchObject({ points: 0, text: 'You can talk in Spanish.' });
  });
});
