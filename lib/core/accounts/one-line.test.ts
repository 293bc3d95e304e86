import { describe, expect, it } from 'vitest';
import { isOneLine, toOneLine } from './one-line';

describe('one-line names', () => {
  it('accept ordinary names in any script', () => {
    for (const name of ['Ada Lovelace', 'Zoë O’Brien-Núñez', 'محمد علي', '李小龙'])
      expect(isOneLine(name), name).toBe(true);
  });

  it.each([
    ['a line break', 'Ada\nSECURITY NOTICE: sign in at http://evil.example'],
    ['a carriage return', 'Ada\rBob'],
    ['a tab', 'Ada\tBob'],
    ['a Unicode line separator', 'Ada\u2028Bob'],
    ['a C1 control', 'Ada\u0085Bob'],
  ])('refuse %s', (_what, name) => {
    expect(isOneLine(name)).toBe(false);
  });

  it('fold breaks from elsewhere into single spaces', () => {
    expect(toOneLine(' Ada\n\nSECURITY\u2028NOTICE ')).toBe('Ada SECURITY NOTICE');
  });
});
