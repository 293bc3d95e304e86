import { describe, expect, it } from 'vitest';
import { GOAL_NEEDS, NEED_POINTS_TO } from '@/lib/core/goals/needs';
import { generateDemoData } from './generate';

const data = generateDemoData({ seed: 33, people: 2000 });
const levelOf = new Map(data.profiles.map((profile) => [profile.userId, profile.level]));

describe('demo goals', () => {
  it('number 0 to 2 for most people, never more than 3', () => {
    const counts = new Map<string, number>();
    for (const goal of data.goals) counts.set(goal.userId, (counts.get(goal.userId) ?? 0) + 1);
    const perPerson = data.profiles.map((profile) => counts.get(profile.userId) ?? 0);
    expect(Math.max(...perPerson)).toBeLessThanOrEqual(3);
    expect(perPerson.filter((count) => count <= 2).length / perPerson.length).toBeGreaterThan(0.9);
    expect(perPerson.filter((count) => count === 0).length / perPerson.length).toBeGreaterThan(
      0.15,
    );
  });

  it('are 10 to 2000 characters long, of varied length', () => {
    const lengths = data.goals.map((goal) => goal.statement.length);
    expect(Math.min(...lengths)).toBeGreaterThanOrEqual(10);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(2000);
    expect(lengths.filter((length) => length < 60).length).toBeGreaterThan(
      data.goals.length * 0.05,
    );
    expect(lengths.filter((length) => length > 200).length).toBeGreaterThan(
      data.goals.length * 0.1,
    );
  });

  it('are worded in varied ways, not from one template', () => {
    const prefixes = new Map<string, number>();
    for (const goal of data.goals) {
      const prefix = goal.statement.toLowerCase().split(/\s+/).slice(0, 4).join(' ');
      prefixes.set(prefix, (prefixes.get(prefix) ?? 0) + 1);
    }
    const mostCommon = Math.max(...prefixes.values());
    expect(mostCommon / data.goals.length).toBeLessThan(0.04);
    expect(prefixes.size).toBeGreaterThan(data.goals.length * 0.25);
    expect(new Set(data.goals.map((goal) => goal.statement)).size).toBeGreaterThan(
      data.goals.length * 0.9,
    );
  });

  it('fill the structured answers for some goals only, with valid values', () => {
    const structured = data.goals.filter((goal) => goal.needs.length > 0);
    expect(structured.length / data.goals.length).toBeGreaterThan(0.3);
    expect(structured.length / data.goals.length).toBeLessThan(0.6);
    for (const goal of data.goals) {
      for (const need of goal.needs) expect(GOAL_NEEDS).toContain(need);
      if (goal.horizon !== null)
        expect(['MONTHS_6', 'YEAR_1', 'YEARS_2', 'YEARS_5']).toContain(goal.horizon);
      if (goal.clarity !== null) expect(['CLEAR', 'EXPLORING']).toContain(goal.clarity);
      expect(goal.targetTitle === null).toBe(goal.targetLevel === null);
      if (goal.targetLevel !== null) {
        expect(goal.targetLevel).toBeGreaterThan(levelOf.get(goal.userId) ?? 8);
        expect(goal.targetLevel).toBeLessThanOrEqual(8);
      }
    }
  });

  it('cover mentor-type needs, coach-type needs and both together', () => {
    const kinds = data.goals.map((goal) => new Set(goal.needs.map((need) => NEED_POINTS_TO[need])));
    expect(kinds.filter((set) => set.has('mentor') && !set.has('coach')).length).toBeGreaterThan(
      50,
    );
    expect(kinds.filter((set) => set.has('coach') && !set.has('mentor')).length).toBeGreaterThan(
      50,
    );
    expect(kinds.filter((set) => set.has('mentor') && set.has('coach')).length).toBeGreaterThan(20);
    const used = new Set(data.goals.flatMap((goal) => goal.needs));
    expect([...used].sort()).toEqual([...GOAL_NEEDS].sort());
  });
});
