import { describe, expect, it } from 'vitest';
import { goalSchema } from './goal';

describe('goalSchema', () => {
  it('takes the words and the optional answers of a goal', () => {
    const parsed = goalSchema.parse({
      statement: '  Become a CFO one day.  ',
      targetLevel: '8',
      clarity: 'CLEAR',
      needs: ['senior-role'],
    });
    expect(parsed).toEqual({
      statement: 'Become a CFO one day.',
      targetLevel: 8,
      clarity: 'CLEAR',
      needs: ['senior-role'],
      visibility: 'MATCHING_SUPPORTERS',
    });
  });

  it('lets a goal be read only by people its owner asks, and nothing else', () => {
    const base = { statement: 'Become a CFO one day.' };
    expect(goalSchema.parse({ ...base, visibility: 'ONLY_ASKED' }).visibility).toBe('ONLY_ASKED');
    expect(
      goalSchema.safeParse({ ...base, visibility: 'EVERYONE' }).error?.issues[0]?.message,
    ).toBe('Choose who can see this goal.');
  });

  it('needs 10 to 2000 characters and known needs', () => {
    expect(goalSchema.safeParse({ statement: 'Be VP' }).error?.issues[0]?.message).toBe(
      'Say a little more: at least 10 characters.',
    );
    expect(goalSchema.safeParse({ statement: 'x'.repeat(2001) }).success).toBe(false);
    expect(
      goalSchema.safeParse({ statement: 'A perfectly fine goal.', needs: ['mind-reading'] })
        .success,
    ).toBe(false);
  });
});
