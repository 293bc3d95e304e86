import { describe, expect, it } from 'vitest';
import { DEMO_ADMIN_EMAIL, DEMO_EMPLOYEE_EMAIL } from './accounts';
import { ORGANISATIONS } from './catalog/organisations';
import { generateDemoData } from './generate';
import { countingIds } from './ids';

const data = generateDemoData({ seed: 11, people: 300, newId: countingIds() });

describe('generateDemoData', () => {
  it('gives the same data for the same seed and size', () => {
    expect(generateDemoData({ seed: 11, people: 300, newId: countingIds() })).toEqual(data);
  });

  it('gives random ids by default, so the public seed does not tell anyone a goal id', () => {
    const first = generateDemoData({ seed: 11, people: 20 });
    const again = generateDemoData({ seed: 11, people: 20 });
    expect(again.goals.map((goal) => goal.statement)).toEqual(
      first.goals.map((goal) => goal.statement),
    );
    const ids = (run: typeof first) => [...run.users, ...run.goals].map((row) => row.id);
    const shared = new Set(ids(first));
    expect(ids(again).filter((id) => shared.has(id))).toEqual([]);
    for (const id of ids(first)) expect(id).toMatch(/^c[a-z0-9]{24}$/);
  });

  it('gives different people for a different seed', () => {
    const other = generateDemoData({ seed: 12, people: 300 });
    const names = (users: { name: string }[]) => users.slice(2).map((user) => user.name);
    expect(names(other.users)).not.toEqual(names(data.users));
    expect(other.goals.map((goal) => goal.statement)).not.toEqual(
      data.goals.map((goal) => goal.statement),
    );
  });

  it('makes the requested number of employees, plus the admin', () => {
    expect(data.profiles).toHaveLength(300);
    expect(data.users).toHaveLength(301);
    expect(data.organisations).toHaveLength(4);
    expect(data.functions).toHaveLength(8);
  });

  it('puts the demo employee and the platform admin first', () => {
    const [employee, admin] = data.users;
    expect(employee).toMatchObject({ email: DEMO_EMPLOYEE_EMAIL, isPlatformAdmin: false });
    expect(admin).toMatchObject({ email: DEMO_ADMIN_EMAIL, isPlatformAdmin: true });
    expect(data.users.filter((user) => user.isPlatformAdmin)).toHaveLength(1);

    const profile = data.profiles.find((p) => p.userId === employee?.id);
    expect(profile?.level).toBeGreaterThanOrEqual(3);
    expect(profile?.level).toBeLessThanOrEqual(5);
    expect(data.experiences.some((step) => step.userId === employee?.id)).toBe(true);
    expect(data.goals.some((goal) => goal.userId === employee?.id)).toBe(true);
    expect(data.profiles.some((p) => p.userId === admin?.id)).toBe(false);
  });

  it('gives everyone a unique lower-case e-mail at their organisation’s domain', () => {
    const emails = data.users.map((user) => user.email);
    expect(new Set(emails).size).toBe(emails.length);
    for (const email of emails) expect(email).toMatch(/^[a-z0-9.-]+@[a-z0-9.-]+\.test$/);

    const domainOf = new Map(
      data.organisations.map((org, index) => [org.id, ORGANISATIONS[index]?.domain]),
    );
    const emailOf = new Map(data.users.map((user) => [user.id, user.email]));
    for (const profile of data.profiles.slice(1)) {
      expect(
        emailOf.get(profile.userId)?.endsWith(`@${domainOf.get(profile.organisationId)}`),
      ).toBe(true);
    }
  });

  it('uses unique ids and wires every reference to a generated row', () => {
    const ids = [data.organisations, data.functions, data.users, data.experiences, data.goals]
      .flat()
      .map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
    const users = new Set(data.users.map((user) => user.id));
    const organisations = new Set(data.organisations.map((org) => org.id));
    const functions = new Set(data.functions.map((fn) => fn.id));
    for (const profile of data.profiles) {
      expect(users.has(profile.userId)).toBe(true);
      expect(organisations.has(profile.organisationId)).toBe(true);
      expect(functions.has(profile.functionId)).toBe(true);
    }
    for (const row of [...data.experiences, ...data.goals])
      expect(users.has(row.userId)).toBe(true);
    for (const step of data.experiences) expect(functions.has(step.functionId)).toBe(true);
  });

  it('scales to 20,000 people in a few seconds', () => {
    const started = performance.now();
    const big = generateDemoData({ seed: 3, people: 20_000 });
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(big.profiles).toHaveLength(20_000);
    expect(new Set(big.users.map((user) => user.email)).size).toBe(big.users.length);
  }, 30_000);

  it('rejects sizes it cannot honour', () => {
    expect(() => generateDemoData({ seed: 1, people: 0 })).toThrow(RangeError);
    expect(() => generateDemoData({ seed: 1.5, people: 10 })).toThrow(RangeError);
  });
});
