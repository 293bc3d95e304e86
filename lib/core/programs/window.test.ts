import { describe, expect, it } from 'vitest';
import { outsideWindowWords, windowState } from './window';

const day = (text: string) => new Date(`${text}T00:00:00Z`);
const window = { startsOn: day('2027-03-01'), endsOn: day('2027-03-31') };

describe('a program window', () => {
  it('is open from the first moment of its first day to the last moment of its last day', () => {
    expect(windowState(window, new Date('2027-02-28T23:59:59Z'))).toBe('before');
    expect(windowState(window, new Date('2027-03-01T00:00:00Z'))).toBe('open');
    expect(windowState(window, new Date('2027-03-31T23:59:59Z'))).toBe('open');
    expect(windowState(window, new Date('2027-04-01T00:00:00Z'))).toBe('after');
  });

  it('has no limit on a side without a date', () => {
    const open = { startsOn: null, endsOn: null };
    expect(windowState(open, new Date('1999-01-01T00:00:00Z'))).toBe('open');
    expect(windowState({ ...open, endsOn: day('2027-03-31') }, day('2020-01-01'))).toBe('open');
    expect(windowState({ ...open, startsOn: day('2027-03-01') }, day('2090-01-01'))).toBe('open');
  });

  it('says when it starts or when it ended', () => {
    expect(outsideWindowWords(window, day('2027-01-01'))).toBe(
      'The program starts on 1 March 2027: runs and invitations wait until then.',
    );
    expect(outsideWindowWords(window, day('2027-05-01'))).toBe(
      'The program ended on 31 March 2027: no more runs or invitations.',
    );
    expect(outsideWindowWords(window, day('2027-03-15'))).toBeNull();
  });
});
