import { describe, expect, it } from 'vitest';
import { experienceSchema, profileSchema } from './profile';

const valid = {
  organisation: 'Fabrikam',
  function: 'Sales',
  jobTitle: 'Account executive',
  level: '4',
  yearsExperience: '7',
  country: 'IN',
  timezone: 'Asia/Kolkata',
  languages: ['en', 'hi'],
  skills: ' negotiation, , forecasting,negotiation ',
  offers: 'COACHING',
  capacity: '2',
  coachingAreas: ['conflict', 'presentation'],
};

describe('profileSchema', () => {
  it('turns form text into typed values and tidies the skills list', () => {
    const parsed = profileSchema.parse(valid);
    expect(parsed).toMatchObject({
      level: 4,
      yearsExperience: 7,
      capacity: 2,
      skills: ['negotiation', 'forecasting'],
    });
  });

  it('asks coaches what they coach on, and helpers how many people they can take', () => {
    const result = profileSchema.safeParse({ ...valid, coachingAreas: [], capacity: '0' });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(
      result.error!.issues.map((issue) => [issue.path.join('.'), issue.message]),
    );
    expect(messages).toEqual({
      coachingAreas: 'Choose what you coach on.',
      capacity: 'Say how many people you can take on.',
    });
  });

  it('refuses codes that are not on the lists, and mentor-only needs as coaching areas', () => {
    const result = profileSchema.safeParse({
      ...valid,
      country: 'XX',
      timezone: 'Mars/Olympus',
      languages: ['zz'],
      coachingAreas: ['senior-role'],
    });
    expect(result.error?.issues.map((issue) => issue.path[0])).toEqual([
      'country',
      'timezone',
      'languages',
      'coachingAreas',
    ]);
  });

  it('keeps levels on the ladder and capacity within 0-10', () => {
    expect(profileSchema.safeParse({ ...valid, level: '9' }).success).toBe(false);
    expect(profileSchema.safeParse({ ...valid, capacity: '11' }).success).toBe(false);
  });
});

describe('experienceSchema', () => {
  const step = {
    title: 'Head of sales',
    level: '6',
    function: 'Sales',
    organisation: 'Fabrikam',
    country: 'GB',
    kind: 'COUNTRY_MOVE',
    startYear: '2018',
  };

  it('accepts a step that is still going on', () => {
    const parsed = experienceSchema.parse(step);
    expect(parsed).toMatchObject({ startYear: 2018, kind: 'COUNTRY_MOVE', description: '' });
    expect(parsed.endYear).toBeUndefined();
  });

  it('refuses an end before the start and unknown kinds', () => {
    expect(experienceSchema.safeParse({ ...step, endYear: '2017' }).error?.issues[0]?.message).toBe(
      'The end cannot be before the start.',
    );
    expect(experienceSchema.safeParse({ ...step, kind: 'SABBATICAL' }).success).toBe(false);
  });
});
