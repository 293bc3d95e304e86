import { describe, expect, it } from 'vitest';
import { EXPERIENCE_KIND_IDS } from '@/lib/core/profile/experience-kinds';
import { isCountryCode } from '@/lib/core/profile/places';
import { generateDemoData } from './generate';
import type { DemoExperience } from './types';

const REFERENCE_YEAR = 2030;
const data = generateDemoData({ seed: 21, people: 2000, referenceYear: REFERENCE_YEAR });
const careers = new Map<string, DemoExperience[]>();
for (const step of data.experiences)
  careers.set(step.userId, [...(careers.get(step.userId) ?? []), step]);

describe('demo career histories', () => {
  it('have 1 to 5 steps for every employee, ending in the current role', () => {
    for (const profile of data.profiles) {
      const steps = careers.get(profile.userId) ?? [];
      expect(steps.length).toBeGreaterThanOrEqual(1);
      expect(steps.length).toBeLessThanOrEqual(5);
      const current = steps[steps.length - 1];
      expect(current).toMatchObject({
        title: profile.jobTitle,
        level: profile.level,
        endYear: null,
        country: profile.country,
      });
      expect(steps.filter((step) => step.endYear === null)).toHaveLength(1);
    }
  });

  it('run forward in time within the reference year, at levels no higher than today', () => {
    for (const profile of data.profiles) {
      const steps = careers.get(profile.userId) ?? [];
      expect(steps[0]?.startYear).toBe(REFERENCE_YEAR - profile.yearsExperience);
      steps.forEach((step, index) => {
        expect(step.level).toBeLessThanOrEqual(profile.level);
        expect(step.startYear).toBeLessThanOrEqual(REFERENCE_YEAR);
        if (step.endYear !== null) expect(step.endYear).toBeGreaterThanOrEqual(step.startYear);
        const next = steps[index + 1];
        if (next) {
          expect(next.startYear).toBeGreaterThanOrEqual(step.endYear ?? Infinity);
          expect(next.level).toBeGreaterThanOrEqual(step.level);
        }
      });
    }
  });

  it('use valid kinds and countries, with a line of description', () => {
    for (const step of data.experiences) {
      expect(EXPERIENCE_KIND_IDS).toContain(step.kind);
      expect(isCountryCode(step.country)).toBe(true);
      expect(step.description.length).toBeGreaterThan(10);
      expect(step.description).not.toContain('\n');
    }
  });

  it('include the rarer paths: function changes, moves abroad, founders, returners', () => {
    const kinds = new Map<string, number>();
    for (const step of data.experiences) kinds.set(step.kind, (kinds.get(step.kind) ?? 0) + 1);
    for (const kind of [
      'FUNCTION_CHANGE',
      'COUNTRY_MOVE',
      'FOUNDED_COMPANY',
      'CAREER_BREAK_RETURN',
    ] as const) {
      expect(kinds.get(kind) ?? 0).toBeGreaterThan(data.profiles.length * 0.01);
      expect(kinds.get(kind) ?? 0).toBeLessThan(data.profiles.length * 0.2);
    }
    expect(kinds.get('PROMOTION') ?? 0).toBeGreaterThan(data.profiles.length * 0.5);
  });

  it('leave a real gap before a return from a career break', () => {
    for (const steps of careers.values()) {
      steps.forEach((step, index) => {
        const before = steps[index - 1];
        if (step.kind === 'CAREER_BREAK_RETURN' && before)
          expect(step.startYear).toBeGreaterThan(before.endYear ?? Infinity);
      });
    }
  });
});
