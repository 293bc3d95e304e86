import { describe, expect, it } from 'vitest';
import { triageGoal } from '../index';

const codes = (goal: string) => triageGoal({ goal }).reasons.map((reason) => reason.code);

describe('confidence', () => {
  it('is coaching even when the person asks for a mentor', () => {
    for (const goal of [
      'I want a mentor to help me feel less nervous before client calls',
      'Looking for a mentor because my self-doubt stops me applying for anything',
      'I need a mentor, I freeze whenever my manager asks me a question in public',
    ]) {
      expect(triageGoal({ goal }).kind).toBe('coach');
      expect(codes(goal)).toContain('text-confidence');
    }
  });

  it('is not "I\'m confident I want to..."', () => {
    expect(codes("I'm confident I want to become a CTO")).not.toContain('text-confidence');
  });

  it('is the second part of a "both" beside a path', () => {
    expect(
      triageGoal({
        goal: 'Aiming for head of research, and I want to sound more confident with the board',
      }).kind,
    ).toBe('both');
  });
});

describe('composure', () => {
  it('losing one’s temper is a coach’s ground, not a step to "lead the kitchen"', () => {
    const goal = 'I run a busy bar and want to lead the team without losing my temper';
    expect(triageGoal({ goal }).kind).toBe('coach');
    expect(codes(goal)).toEqual(['text-composure']);
  });
});

describe('founding', () => {
  it('starting something of one’s own is a path', () => {
    expect(codes('I want to start my own landscaping business')).toContain('text-founding');
    expect(triageGoal({ goal: 'Planning to set up a design agency next year' }).kind).toBe(
      'mentor',
    );
  });

  it('is not a company someone else founded', () => {
    expect(codes('My boss founded the company and micromanages everyone')).not.toContain(
      'text-founding',
    );
  });
});

describe('being the only one like you', () => {
  it('backs a path but is no destination on its own', () => {
    expect(
      triageGoal({ goal: "I'm the only woman in the lab and I second-guess my ideas" }).kind,
    ).toBe('coach');
    expect(
      triageGoal({ goal: "I'm the only woman in the lab and want to become lab director" }).kind,
    ).toBe('mentor');
  });
});

describe('getting better at something', () => {
  it('names a skill firmly enough to be the coach part of a "both"', () => {
    expect(
      triageGoal({ goal: 'To be made a principal I have to get a lot better at writing bids' })
        .kind,
    ).toBe('both');
  });
});

describe('interviewing', () => {
  it('interview skills are a coach part; an interview alone is only a step', () => {
    expect(
      triageGoal({
        goal: 'Emigrating to Ireland as a paramedic and my interview technique is rusty',
      }).kind,
    ).toBe('both');
    expect(codes('I have an interview for the charge nurse post')).not.toContain(
      'text-skill-other',
    );
  });
});

describe('an open direction', () => {
  it('is not knowing, never "I know what I want"', () => {
    expect(codes('I know what I want: a staff engineer role')).not.toContain(
      'text-unclear-direction',
    );
    expect(codes("I honestly don't know what I want to do")).toContain('text-unclear-direction');
  });

  it('is not a question about the path or a move already chosen', () => {
    expect(
      codes("I'm not sure how people get to partner; I'd like to hear from some"),
    ).not.toContain('text-unclear-direction');
    expect(
      triageGoal({ goal: "I'm making a career change into UX and want to meet someone who did it" })
        .kind,
    ).toBe('mentor');
  });

  it('feeling stuck is motivation; stuck at a level is a plateau on a path', () => {
    expect(codes('I feel stuck in my job')).toContain('text-motivation');
    expect(codes('Stuck at senior manager; how did others get to director?')).not.toContain(
      'text-motivation',
    );
  });
});
