import { describe, expect, it } from 'vitest';
import { pairKey } from './eligibility';
import { fitFor } from '@/test/matching/fit-helpers';
import { makeGoal, makePerson, makeSupporter } from '@/test/matching/fit-factories';

function codeOf(result: ReturnType<typeof fitFor>): string {
  return result.eligible ? 'eligible' : result.code;
}

describe('never proposed', () => {
  it('never proposes the protégé to themselves', () => {
    const me = makeSupporter();
    expect(codeOf(fitFor([me], makeGoal(me.id), me.id, 'mentor'))).toBe('same-person');
  });

  it('never proposes a manager three levels up the reporting line', () => {
    const top = makeSupporter({ organization: 'Other' });
    const middle = makePerson({ managerId: top.id });
    const lead = makePerson({ managerId: middle.id });
    const protege = makePerson({ managerId: lead.id });
    const people = [top, middle, lead, protege];
    expect(codeOf(fitFor(people, makeGoal(protege.id), top.id, 'mentor'))).toBe('reporting-line');
  });

  it('never proposes someone three levels down the reporting line', () => {
    const protege = makePerson({ level: 7 });
    const middle = makePerson({ managerId: protege.id });
    const lead = makePerson({ managerId: middle.id });
    const report = makeSupporter({ managerId: lead.id });
    const people = [protege, middle, lead, report];
    expect(codeOf(fitFor(people, makeGoal(protege.id), report.id, 'coach'))).toBe('reporting-line');
  });

  it('still proposes a peer who shares a manager (not in one line)', () => {
    const boss = makePerson();
    const protege = makePerson({ managerId: boss.id });
    const peer = makeSupporter({ managerId: boss.id });
    expect(codeOf(fitFor([boss, protege, peer], makeGoal(protege.id), peer.id, 'mentor'))).toBe(
      'eligible',
    );
  });

  it('requires at least one shared language, compared without case', () => {
    const protege = makePerson({ languages: ['en', 'de'] });
    const french = makeSupporter({ languages: ['fr'] });
    const german = makeSupporter({ languages: ['DE'] });
    const people = [protege, french, german];
    const goal = makeGoal(protege.id);
    expect(codeOf(fitFor(people, goal, french.id, 'mentor'))).toBe('no-shared-language');
    expect(codeOf(fitFor(people, goal, german.id, 'mentor'))).toBe('eligible');
  });

  it('leaves out someone who does not offer the kind of help needed', () => {
    const protege = makePerson();
    const mentorOnly = makeSupporter({
      offers: { mentoring: true, coaching: false, capacity: 2, coachingAreas: [] },
    });
    const goal = makeGoal(protege.id);
    expect(codeOf(fitFor([protege, mentorOnly], goal, mentorOnly.id, 'coach'))).toBe(
      'does-not-offer',
    );
    expect(codeOf(fitFor([protege, mentorOnly], goal, mentorOnly.id, 'mentor'))).toBe('eligible');
  });

  it('leaves out someone whose capacity is used up by their load', () => {
    const protege = makePerson();
    const busy = makeSupporter({
      offers: { mentoring: true, coaching: true, capacity: 2, coachingAreas: [] },
    });
    const goal = makeGoal(protege.id);
    const full = new Map([[busy.id, 2]]);
    const room = new Map([[busy.id, 1]]);
    expect(codeOf(fitFor([protege, busy], goal, busy.id, 'mentor', { load: full }))).toBe(
      'no-capacity',
    );
    expect(codeOf(fitFor([protege, busy], goal, busy.id, 'mentor', { load: room }))).toBe(
      'eligible',
    );
  });

  it('leaves out someone offering no capacity at all', () => {
    const protege = makePerson();
    const none = makeSupporter({
      offers: { mentoring: true, coaching: true, capacity: 0, coachingAreas: [] },
    });
    expect(codeOf(fitFor([protege, none], makeGoal(protege.id), none.id, 'mentor'))).toBe(
      'no-capacity',
    );
  });

  it('honours an excluded pair whichever side asked', () => {
    const protege = makePerson();
    const supporter = makeSupporter();
    const goal = makeGoal(protege.id);
    for (const key of [pairKey(protege.id, supporter.id), pairKey(supporter.id, protege.id)]) {
      const result = fitFor([protege, supporter], goal, supporter.id, 'mentor', {
        excludedPairs: new Set([key]),
      });
      expect(codeOf(result)).toBe('excluded-pair');
    }
  });
});
