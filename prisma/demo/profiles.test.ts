import { describe, expect, it } from 'vitest';
import { GOAL_NEEDS, NEED_POINTS_TO } from '@/lib/core/goals/needs';
import { isCountryCode, isLanguageCode } from '@/lib/core/profile/places';
import { YEARS_BY_LEVEL } from './catalog/functions';
import { generateDemoData } from './generate';

const data = generateDemoData({ seed: 5, people: 2000 });
const share = (count: number) => count / data.profiles.length;

/** Any zone the runtime understands; Node 20's list has Asia/Calcutta, newer ones Asia/Kolkata. */
function isTimezone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

describe('demo profiles', () => {
  it('use valid levels, countries, languages and time zones', () => {
    for (const profile of data.profiles) {
      expect(profile.level).toBeGreaterThanOrEqual(1);
      expect(profile.level).toBeLessThanOrEqual(8);
      expect(isCountryCode(profile.country)).toBe(true);
      expect(isTimezone(profile.timezone)).toBe(true);
      expect(profile.languages.length).toBeGreaterThan(0);
      for (const language of profile.languages) expect(isLanguageCode(language)).toBe(true);
      expect(profile.skills.length).toBeGreaterThanOrEqual(3);
      expect(profile.bio.length).toBeLessThanOrEqual(1000);
    }
  });

  it('mostly speak English, and not only English', () => {
    expect(share(data.profiles.filter((p) => p.languages.includes('en')).length)).toBeGreaterThan(
      0.75,
    );
    expect(
      share(data.profiles.filter((p) => p.languages.some((l) => l !== 'en')).length),
    ).toBeGreaterThan(0.3);
  });

  it('have years of experience that fit their level', () => {
    for (const profile of data.profiles) {
      const [min, max] = YEARS_BY_LEVEL[profile.level - 1] ?? [0, 0];
      expect(profile.yearsExperience).toBeGreaterThanOrEqual(min);
      expect(profile.yearsExperience).toBeLessThanOrEqual(max);
    }
  });

  it('offer mentoring (~25%) and coaching (~15%), some both, mostly at higher levels', () => {
    const mentors = data.profiles.filter((p) => p.offers === 'MENTORING' || p.offers === 'BOTH');
    const coaches = data.profiles.filter((p) => p.offers === 'COACHING' || p.offers === 'BOTH');
    expect(share(mentors.length)).toBeGreaterThan(0.18);
    expect(share(mentors.length)).toBeLessThan(0.32);
    expect(share(coaches.length)).toBeGreaterThan(0.1);
    expect(share(coaches.length)).toBeLessThan(0.22);
    expect(data.profiles.some((p) => p.offers === 'BOTH')).toBe(true);
    const meanLevel = (list: typeof data.profiles) =>
      list.reduce((sum, p) => sum + p.level, 0) / list.length;
    expect(meanLevel(mentors)).toBeGreaterThan(meanLevel(data.profiles) + 0.8);
  });

  it('give capacity only to those who offer help, and coaching areas only to coaches', () => {
    for (const profile of data.profiles) {
      const coaches = profile.offers === 'COACHING' || profile.offers === 'BOTH';
      if (profile.offers === 'NONE') expect(profile.capacity).toBe(0);
      else expect(profile.capacity).toBeGreaterThanOrEqual(1);
      expect(profile.capacity).toBeLessThanOrEqual(4);
      expect(profile.coachingAreas.length > 0).toBe(coaches);
      for (const area of profile.coachingAreas) {
        expect(GOAL_NEEDS).toContain(area);
        expect(NEED_POINTS_TO[area]).toBe('coach');
      }
    }
  });
});
