import { describe, expect, it } from 'vitest';
import { fitInWords } from '@/lib/core/matching/fit-words';
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
    expect(pointsFor(fitFor(people, goal, one.id, 'coach'), 'does-not-coach')).toBe(0);
    expect(fitFor(people, goal, none.id, 'coach')).toMatchObject({
      eligible: false,
      code: 'does-not-coach-area',
    });
  });

  it('puts a coach of every needed area at a fitting seniority in the top band', () => {
    const protege = makePerson({ level: 5 });
    const senior = makeSupporter({ level: 6, offers: offers(['presentation', 'motivation']) });
    const junior = makeSupporter({ level: 3, offers: offers(['presentation', 'motivation']) });
    const goal = makeGoal(protege.id, {
      text: 'I have to present to the executive committee and my nerves get in the way.',
      needs: ['presentation'],
    });
    const people = [protege, senior, junior];
    expect(fitInWords(scoreOf(fitFor(people, goal, senior.id, 'coach')))).toBe('Excellent fit');
    const below = fitFor(people, goal, junior.id, 'coach');
    expect(fitInWords(scoreOf(below))).toBe('Strong fit');
    expect(below.eligible && below.reasons.map((reason) => reason.text)).toContain(
      'Works at Professional level, below yours.',
    );
  });

  it('says what a coach coaches in the third person, in both voices', () => {
    const protege = makePerson({ name: 'Nadia Haddad' });
    const coach = makeSupporter({ offers: offers(['motivation']) });
    const goal = makeGoal(protege.id, { text: 'Get my confidence back.', needs: ['motivation'] });
    const result = fitFor([protege, coach], goal, coach.id, 'coach');
    const reason = result.eligible && result.reasons.find((r) => r.code === 'coaches-your-needs');
    expect(reason).toMatchObject({
      text: 'Coaches motivation or confidence, which your goal calls for.',
      about: "Coaches motivation or confidence, which Nadia's goal calls for.",
    });
  });

  it('reads needs from the triage when none are ticked', () => {
    expect(coachNeedsOf([], ['text-skill-presentation', 'text-senior-role'])).toEqual({
      needs: ['presentation'],
      specific: true,
    });
    expect(coachNeedsOf([], ['answer-need-conflict']).needs).toEqual(['conflict']);
    // With nothing named, a coach starts from direction, but no coach "exactly" fits that.
    expect(coachNeedsOf([], [])).toEqual({ needs: ['career-direction'], specific: false });
    expect(coachNeedsOf(['other-skill'], []).specific).toBe(false);
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
