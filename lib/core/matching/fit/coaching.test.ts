import { describe, expect, it } from 'vitest';
import { coachNeedsOf } from './coaching';
import { fitFor, pointsFor, scoreOf } from '@/test/matching/fit-helpers';
import { makeGoal, makePerson, makeSupporter } from '@/test/matching/fit-factories';

const offers = (coachingAreas: ('presentation' | 'conflict' | 'motivation')[]) => ({
  mentoring: false,
  coaching: true,
  capacity: 2,
  coachingAreas,
});

describe('coach fit: coaching areas', () => {
  it('scores a coach by how many of the goal’s needs they coach', () => {
    const protege = makePerson();
    const both = makeSupporter({ offers: offers(['presentation', 'conflict']) });
    const one = makeSupporter({ offers: offers(['presentation']) });
    const none = makeSupporter({ offers: offers(['motivation']) });
    const goal = makeGoal(protege.id, {
      text: 'Help with my work.',
      needs: ['presentation', 'conflict'],
    });
    const people = [protege, both, one, none];
    const points = (id: string) =>
      pointsFor(fitFor(people, goal, id, 'coach'), 'coaches-your-needs') ?? 0;
    expect(points(both.id)).toBeGreaterThan(points(one.id));
    expect(points(one.id)).toBeGreaterThan(0);
    expect(points(none.id)).toBe(0);
    expect(pointsFor(fitFor(people, goal, one.id, 'coach'), 'does-not-coach')).toBe(0);
    expect(scoreOf(fitFor(people, goal, both.id, 'coach'))).toBeGreaterThan(
      scoreOf(fitFor(people, goal, none.id, 'coach')),
    );
  });

  it('reads needs from the triage when none are ticked', () => {
    expect(coachNeedsOf([], ['text-skill-presentation', 'text-senior-role'])).toEqual([
      'presentation',
    ]);
    expect(coachNeedsOf([], ['answer-need-conflict'])).toEqual(['conflict']);
    expect(coachNeedsOf([], [])).toEqual(['career-direction']);
  });

  it('finds a presenting coach for a goal that only says so in words', () => {
    const protege = makePerson();
    const presenter = makeSupporter({ offers: offers(['presentation']) });
    const goal = makeGoal(protege.id, {
      text: 'I freeze when presenting to senior leaders and want to get better at presentations.',
    });
    expect(
      pointsFor(fitFor([protege, presenter], goal, presenter.id, 'coach'), 'coaches-your-needs'),
    ).toBeGreaterThan(0);
  });
});
