import { describe, expect, it } from 'vitest';
import { generateDemoData } from './generate';
import { createRandom } from './random';
import { assignManagers } from './reporting-lines';

describe('reporting lines', () => {
  const data = generateDemoData({ seed: 9, people: 3000 });
  const byUser = new Map(data.profiles.map((profile) => [profile.userId, profile]));

  it('give each person a manager in the same organisation at a higher level', () => {
    for (const profile of data.profiles) {
      if (profile.managerId === null) continue;
      const manager = byUser.get(profile.managerId);
      expect(manager).toBeDefined();
      expect(manager?.organisationId).toBe(profile.organisationId);
      expect(manager?.level).toBeGreaterThan(profile.level);
    }
  });

  it('have exactly one person without a manager at the top of each organisation', () => {
    const tops = data.profiles.filter((profile) => profile.managerId === null);
    expect(tops).toHaveLength(data.organisations.length);
    expect(new Set(tops.map((top) => top.organisationId)).size).toBe(data.organisations.length);
    for (const top of tops) expect(top.level).toBe(8);
  });

  it('never loop: walking up from anyone reaches the top', () => {
    for (const profile of data.profiles) {
      const seen = new Set<string>();
      let current: typeof profile | undefined = profile;
      while (current?.managerId) {
        expect(seen.has(current.userId)).toBe(false);
        seen.add(current.userId);
        current = byUser.get(current.managerId);
      }
      expect(current?.managerId).toBeNull();
    }
  });

  it('prefer a manager in the same function', () => {
    const withManager = data.profiles.filter((profile) => profile.managerId !== null);
    const sameFunction = withManager.filter(
      (profile) => byUser.get(profile.managerId ?? '')?.functionId === profile.functionId,
    );
    expect(sameFunction.length / withManager.length).toBeGreaterThan(0.7);
  });

  it('leave an organisation of one person without a manager', () => {
    const managers = assignManagers(
      [{ organisationIndex: 0, functionName: 'Data', level: 4 }],
      createRandom(1, 'test'),
    );
    expect(managers).toEqual([null]);
  });
});
