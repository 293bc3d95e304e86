import { describe, expect, it } from 'vitest';
import { describeProblems, triageLineSchema } from './input-schema';

const problems = (value: unknown) => {
  const parsed = triageLineSchema.safeParse(value);
  return parsed.success ? undefined : describeProblems(parsed.error);
};

describe('triageLineSchema', () => {
  it('accepts a goal with optional answers and ignores unknown keys', () => {
    const parsed = triageLineSchema.parse({
      goal: ' Become CFO ',
      clarity: 'clear',
      needs: ['senior-role'],
      label: 'mentor',
    });
    expect(parsed).toEqual({ goal: 'Become CFO', clarity: 'clear', needs: ['senior-role'] });
  });

  it('says what is wrong, field by field', () => {
    expect(problems({})).toBe('goal: is required and must be a string');
    expect(problems({ goal: '   ' })).toBe('goal: must not be empty');
    expect(problems({ goal: 'x', clarity: 'maybe' })).toMatch(
      /^clarity: must be one of: clear, exploring/,
    );
    expect(problems({ goal: 'x', needs: ['presentation', 'juggling'] })).toMatch(
      /^needs\[1\]: unknown need/,
    );
    expect(problems({ goal: 'x', needs: 'presentation' })).toBe(
      'needs: must be an array of need ids',
    );
    expect(problems(['x'])).toBe('each line must be a JSON object');
  });
});
