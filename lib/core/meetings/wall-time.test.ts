import { describe, expect, it } from 'vitest';
import { instantFromWallTime, knownZone, wallTimeOf } from './wall-time';
import { meetingTimeWords, zoneWords } from './time-words';

describe('wall times', () => {
  it('read a typed time in the typist’s own zone', () => {
    // 20 March: New York already keeps summer time, Paris not yet.
    expect(instantFromWallTime('2030-03-20T10:00', 'Europe/Paris')?.toISOString()).toBe(
      '2030-03-20T09:00:00.000Z',
    );
    expect(instantFromWallTime('2030-03-20T10:00', 'America/New_York')?.toISOString()).toBe(
      '2030-03-20T14:00:00.000Z',
    );
    expect(instantFromWallTime('2030-07-01T09:30', 'Asia/Kolkata')?.toISOString()).toBe(
      '2030-07-01T04:00:00.000Z',
    );
  });

  it('refuse times that do not exist: a skipped hour, a date past the month’s end', () => {
    expect(instantFromWallTime('2030-03-31T02:30', 'Europe/Paris')).toBeNull();
    expect(instantFromWallTime('2030-02-31T10:00', 'Europe/Paris')).toBeNull();
    expect(instantFromWallTime('2030-03-20 10:00', 'Europe/Paris')).toBeNull();
    expect(instantFromWallTime('2030-03-20T10:00', 'Nowhere/Else')).toBeNull();
  });

  it('read a time the clocks pass twice as the later one', () => {
    expect(instantFromWallTime('2030-10-27T02:30', 'Europe/Paris')?.toISOString()).toBe(
      '2030-10-27T01:30:00.000Z',
    );
  });

  it('come back as the same words in the same zone', () => {
    const instant = new Date('2030-03-20T09:00:00Z');
    expect(wallTimeOf(instant, 'Europe/Paris')).toBe('2030-03-20T10:00');
    expect(wallTimeOf(instant, 'America/New_York')).toBe('2030-03-20T05:00');
  });

  it('fall back to UTC for a zone the runtime does not know', () => {
    expect(knownZone('Europe/Paris')).toBe('Europe/Paris');
    expect(knownZone('Nowhere/Else')).toBe('UTC');
    expect(knownZone(null)).toBe('UTC');
  });
});

describe('time words', () => {
  it('say one instant on each reader’s clock', () => {
    const instant = new Date('2030-03-20T09:00:00Z');
    expect(meetingTimeWords(instant, 'Europe/Paris')).toBe('Wednesday, 20 March 2030 at 10:00');
    expect(meetingTimeWords(instant, 'America/New_York')).toBe('Wednesday, 20 March 2030 at 05:00');
    expect(zoneWords(instant, 'Europe/Paris')).toBe('Europe/Paris, GMT+1');
    expect(zoneWords(instant, 'America/New_York')).toBe('America/New_York, GMT-4');
  });
});
