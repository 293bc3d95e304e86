import { describe, expect, it } from 'vitest';
import { sharedWorkingHours, utcOffsetMinutes } from './timezone';

describe('timezone', () => {
  it('reads the UTC offset at the reference date, daylight saving included', () => {
    expect(utcOffsetMinutes('America/New_York', new Date('2026-01-15T12:00:00Z'))).toBe(-300);
    expect(utcOffsetMinutes('America/New_York', new Date('2026-07-15T12:00:00Z'))).toBe(-240);
    expect(utcOffsetMinutes('Asia/Kolkata', new Date('2026-01-15T12:00:00Z'))).toBe(330);
    expect(utcOffsetMinutes('UTC', new Date('2026-01-15T12:00:00Z'))).toBe(0);
  });

  it('counts shared hours of a 9-to-5 day, the short way round the clock', () => {
    expect(sharedWorkingHours(0, 0)).toBe(8);
    expect(sharedWorkingHours(0, 60)).toBe(7);
    expect(sharedWorkingHours(0, 330)).toBe(2.5);
    expect(sharedWorkingHours(-300, 540)).toBe(0);
    expect(sharedWorkingHours(-660, 720)).toBe(7);
  });
});
