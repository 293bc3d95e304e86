import { describe, expect, it } from 'vitest';
import { latestDigestMoment } from './digest-time';

describe('the daily digest moment', () => {
  it('is 07:00 on the reader’s clock, today once it has passed, else yesterday', () => {
    const zone = 'Europe/Paris'; // UTC+1 in winter
    expect(latestDigestMoment(new Date('2030-01-10T06:30:00Z'), zone).toISOString()).toBe(
      '2030-01-10T06:00:00.000Z',
    );
    expect(latestDigestMoment(new Date('2030-01-10T05:30:00Z'), zone).toISOString()).toBe(
      '2030-01-09T06:00:00.000Z',
    );
    expect(latestDigestMoment(new Date('2030-01-10T07:00:00Z'), 'UTC').toISOString()).toBe(
      '2030-01-10T07:00:00.000Z',
    );
  });
});
