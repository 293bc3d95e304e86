import { describe, expect, it } from 'vitest';
import { triageGoal } from './index';

const codes = (goal: string) => triageGoal({ goal }).reasons.map((reason) => reason.code);

describe('a named step with no known role word', () => {
  it('is a destination: "become a ward sister", "promoted to sous chef"', () => {
    for (const goal of [
      'I want to become a ward sister at my hospital',
      'Hoping to get promoted to sous chef this year',
      'Qualify as a chartered surveyor',
    ]) {
      expect(triageGoal({ goal }).kind).toBe('mentor');
      expect(codes(goal)).toContain('text-named-step');
    }
  });

  it('quotes the step, not what follows it', () => {
    const [reason] = triageGoal({ goal: 'Become a station officer by next spring' }).reasons;
    expect(reason?.text).toContain('(station officer)');
  });

  it('is not a change in oneself: "become better at", "become more visible"', () => {
    expect(codes('I want to become more visible in my department')).not.toContain(
      'text-named-step',
    );
    expect(triageGoal({ goal: 'I want to become better at chairing meetings' }).kind).toBe('coach');
  });

  it('is not a remark about the goal: "my goal is still vague"', () => {
    expect(codes('My goal is still vague, honestly')).not.toContain('text-named-step');
  });

  it('leaves a role the role cues already name to them', () => {
    expect(codes('I want to become an engineering manager')).toEqual(['text-target-role']);
  });

  it('is set aside when ruled out', () => {
    expect(codes("I'm not aiming for promotion, I want to enjoy my work again")).not.toContain(
      'text-named-step',
    );
  });
});
