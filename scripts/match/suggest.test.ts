import { describe, expect, it } from 'vitest';
import { makeGoal, makePerson, makeSupporter } from '@/test/matching/fit-factories';
import { runSuggest } from './suggest';

describe('match suggest', () => {
  it('prints one entry per goal and kind, in the contract’s shape', () => {
    const protege = makePerson();
    // A coach is proposed only for an area the goal calls for: with none named, career direction.
    const supporter = makeSupporter({
      offers: { mentoring: true, coaching: true, capacity: 3, coachingAreas: ['career-direction'] },
    });
    const goal = makeGoal(protege.id, { kind: 'both' });
    const result = runSuggest(JSON.stringify({ people: [protege, supporter], goals: [goal] }), 5);
    expect(result).toEqual({
      output: {
        suggestions: [
          {
            goalId: goal.id,
            kind: 'mentor',
            candidates: [
              { personId: supporter.id, score: expect.any(Number), reasons: expect.any(Array) },
            ],
          },
          {
            goalId: goal.id,
            kind: 'coach',
            candidates: [
              { personId: supporter.id, score: expect.any(Number), reasons: expect.any(Array) },
            ],
          },
        ],
      },
    });
    const reasons =
      'output' in result
        ? JSON.parse(JSON.stringify(result.output)).suggestions[0].candidates[0].reasons
        : [];
    // The contract's three keys, grown by one: the same reason in an admin's voice.
    for (const reason of reasons)
      expect(Object.keys(reason).sort()).toEqual(['about', 'code', 'points', 'text']);
  });

  it('answers a malformed file with the first bad field', () => {
    const protege = makePerson({ level: 0 });
    expect(runSuggest(JSON.stringify({ people: [protege], goals: [] }), 5)).toEqual({
      error: 'people[0].level: expected a whole number 1-8',
    });
  });

  it('refuses a top that is not a whole number of at least 1', () => {
    expect(runSuggest('{"people": [], "goals": []}', 0)).toEqual({
      error: '--top: expected a whole number of at least 1',
    });
    expect(runSuggest('{"people": [], "goals": []}', 3)).toEqual({ output: { suggestions: [] } });
  });
});
