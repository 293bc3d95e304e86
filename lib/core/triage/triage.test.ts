import { describe, expect, it } from 'vitest';
import { GOAL_NEEDS } from '@/lib/core/goals/needs';
import { triageGoal } from './index';

const codes = (goal: string, extra: object = {}) =>
  triageGoal({ goal, ...extra }).reasons.map((reason) => reason.code);

describe('triageGoal from text alone', () => {
  it.each([
    ['I want to become a VP of product and hear how others got there', 'mentor'],
    ['Hoping to make partner; the criteria feel subjective', 'mentor'],
    ['First in my family at university, aiming to be a CFO', 'mentor'],
    ['Moving from nursing into software, want to meet people who did it', 'mentor'],
    ['I need to get better at presenting to execs', 'coach'],
    ['Help with handling conflict in my team', 'coach'],
    ["Not sure what's next for me", 'coach'],
    ['Feeling unmotivated lately', 'coach'],
    ['My review had conflicting feedback and I do not know what to act on', 'coach'],
    ['I want to become a director but my presentation skills hold me back', 'both'],
  ])('%s -> %s', (goal, kind) => {
    expect(triageGoal({ goal }).kind).toBe(kind);
  });

  it('tolerates typos in cue words', () => {
    const result = triageGoal({ goal: 'wanna get beter at negociating' });
    expect(result.kind).toBe('coach');
    expect(result.reasons.map((reason) => reason.code)).toContain('text-skill-negotiation');
  });

  it('falls back to a coach with low confidence when nothing points anywhere', () => {
    const result = triageGoal({ goal: 'help' });
    expect(result).toMatchObject({ kind: 'coach', reasons: [{ code: 'no-clear-signal' }] });
    expect(result.confidence).toBeLessThan(0.3);
  });
});

describe('negation', () => {
  it('sets aside a skill the person says they do not need', () => {
    const result = triageGoal({
      goal: "I don't need help presenting, I need to know how people get to VP",
    });
    expect(result.kind).toBe('mentor');
    expect(result.reasons.map((reason) => reason.code)).toEqual(
      expect.arrayContaining(['text-senior-role', 'text-skill-presentation-set-aside']),
    );
    expect(result.reasons.map((reason) => reason.code)).not.toContain('text-skill-presentation');
  });

  it('sets aside a role the person is not interested in', () => {
    const result = triageGoal({
      goal: "I'm not interested in becoming a director, I just want to enjoy work again",
    });
    expect(result.kind).toBe('coach');
    expect(codes("I'm not interested in becoming a director")).not.toContain('text-senior-role');
  });

  it('reads a negatively stated gap as a gap', () => {
    expect(triageGoal({ goal: 'I have never learned how to delegate' }).kind).toBe('coach');
    expect(codes('I have never learned how to delegate')).toContain('text-skill-delegation');
  });

  it('treats "X is not my problem" and "instead of X" as setting X aside', () => {
    expect(codes("Presenting isn't my problem, getting to VP is")).not.toContain(
      'text-skill-presentation',
    );
    expect(codes('Instead of presentation coaching I want the route to CTO')).not.toContain(
      'text-skill-presentation',
    );
  });

  it('does not treat a doubted destination as one', () => {
    const result = triageGoal({ goal: "I'm not sure whether to aim for VP" });
    expect(result.kind).toBe('coach');
    expect(result.reasons.map((reason) => reason.code)).not.toContain('text-senior-role');
  });
});

describe('structured answers', () => {
  it('override a goal whose text says little', () => {
    expect(
      triageGoal({ goal: 'career stuff', needs: ['senior-role'], clarity: 'clear' }).kind,
    ).toBe('mentor');
    expect(triageGoal({ goal: 'career stuff', clarity: 'exploring' }).kind).toBe('coach');
  });

  it('outweigh a single weak text signal', () => {
    // "work on" alone is a weak hint at a skill; the ticked boxes say destination.
    expect(
      triageGoal({ goal: 'I want to work on my career', needs: ['navigate-path', 'unique-path'] })
        .kind,
    ).toBe('mentor');
  });

  it('combine with text into both', () => {
    expect(
      triageGoal({ goal: 'Become a partner', needs: ['presentation'], clarity: 'clear' }).kind,
    ).toBe('both');
  });

  it('give a reason for every ticked need', () => {
    const result = triageGoal({ goal: 'grow', needs: ['conflict', 'feedback'] });
    expect(result.reasons.map((reason) => reason.code)).toEqual([
      'answer-need-conflict',
      'answer-need-feedback',
    ]);
  });
});

describe('reasons are always supported by the input', () => {
  it('never names a senior role the text and answers do not contain', () => {
    for (const goal of [
      'My VP told me to work on my slides',
      'Get better at pitching to my director',
      'I want to present better to the board',
    ]) {
      expect(codes(goal)).not.toContain('text-senior-role');
      expect(codes(goal)).not.toContain('answer-need-senior-role');
    }
  });

  it('only cites answers that were given', () => {
    for (const need of GOAL_NEEDS) {
      const answered = codes('I want to become a VP and get better at presenting', {
        needs: [need],
      });
      const answerCodes = answered.filter((code) => code.startsWith('answer-'));
      expect(answerCodes.every((code) => code === `answer-need-${need}`)).toBe(true);
    }
    expect(codes('I want to become a VP')).not.toContain('answer-clarity-clear');
  });

  it('quotes the words that were written', () => {
    const [reason] = triageGoal({ goal: 'Aiming for CFO' }).reasons;
    expect(reason?.text).toContain('CFO');
  });
});

describe('output contract', () => {
  const goals = ['', 'x', 'I want to become a VP', 'maybe presenting? not sure', 'a'.repeat(2000)];

  it('keeps confidence within 0..1 and lower for hedged goals', () => {
    for (const goal of goals) {
      const { confidence } = triageGoal({ goal });
      expect(confidence).toBeGreaterThanOrEqual(0);
      expect(confidence).toBeLessThanOrEqual(1);
    }
    expect(triageGoal({ goal: 'maybe become a director, perhaps' }).confidence).toBeLessThan(
      triageGoal({ goal: 'become a director' }).confidence,
    );
  });

  it('is deterministic, whatever came before', () => {
    const first = triageGoal({
      goal: "I'm an ex-athlete aiming for MD, and I can't negotiate",
      needs: ['conflict'],
    });
    for (const goal of goals) triageGoal({ goal });
    expect(
      triageGoal({
        goal: "I'm an ex-athlete aiming for MD, and I can't negotiate",
        needs: ['conflict'],
      }),
    ).toEqual(first);
  });
});
