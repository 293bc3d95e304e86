import { describe, expect, it } from 'vitest';
import { makeGoal, makePerson, makeStep, makeSupporter } from '@/test/matching/fit-factories';
import { parsePeopleFile, parseYears } from './people-file';

function validFile() {
  const manager = makeSupporter({ experiences: [makeStep({ years: '2015-2019' })] });
  const protege = makePerson({ managerId: manager.id });
  return {
    people: [manager, protege],
    goals: [makeGoal(protege.id, { needs: ['presentation'], kind: 'coach' })],
  };
}

const parse = (value: unknown) => parsePeopleFile(JSON.stringify(value));
const errorOf = (value: unknown) => {
  const result = parse(value);
  return result.ok ? 'ok' : result.error;
};

describe('people-and-goals file', () => {
  it('accepts a valid file and hands back typed data', () => {
    const file = validFile();
    const result = parse(file);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.file.goals[0]?.kind).toBe('coach');
  });

  it('names the first bad field, with the expected value', () => {
    const file = validFile();
    const people = [...file.people, makePerson(), makePerson()];
    const broken = people.map((person, index) =>
      index === 3 ? { ...person, offers: { ...person.offers, capacity: 2.5 } } : person,
    );
    expect(errorOf({ ...file, people: broken })).toBe(
      'people[3].offers.capacity: expected a whole number 0-10',
    );
  });

  it('reports the earliest of several problems', () => {
    const file = validFile();
    const [first, second] = file.people;
    const bad = [
      { ...first, level: 9 },
      { ...second, timezone: 'Mars/Olympus' },
    ];
    expect(errorOf({ ...file, people: bad })).toBe('people[0].level: expected a whole number 1-8');
  });

  it.each([
    [
      (f: ReturnType<typeof validFile>) => ({
        ...f,
        goals: [{ ...f.goals[0], needs: ['juggling'] }],
      }),
      /^goals\[0\]\.needs\[0\]: expected one of navigate-path/,
    ],
    [
      (f: ReturnType<typeof validFile>) => ({ ...f, goals: [{ ...f.goals[0], kind: 'guru' }] }),
      /^goals\[0\]\.kind: expected "mentor", "coach" or "both"$/,
    ],
    [
      (f: ReturnType<typeof validFile>) => ({
        ...f,
        people: [{ ...f.people[0], experiences: [makeStep({ years: '2019-2015' })] }, f.people[1]],
      }),
      /^people\[0\]\.experiences\[0\]\.years: expected a span of years/,
    ],
    [
      (f: ReturnType<typeof validFile>) => ({
        ...f,
        people: [f.people[0], { ...f.people[1], timezone: 'Mars/Olympus' }],
      }),
      /^people\[1\]\.timezone: expected an IANA time zone/,
    ],
    [
      (f: ReturnType<typeof validFile>) => ({ people: f.people }),
      /^goals: expected a list of goals$/,
    ],
  ])('rejects a bad value by its path (%#)', (breakIt, message) => {
    expect(errorOf(breakIt(validFile()))).toMatch(message);
  });

  it('takes an optional e-mail on a person, and checks it when given', () => {
    const file = validFile();
    const [manager, protege] = file.people;
    if (!manager || !protege) throw new Error('factory');
    const withEmail = { ...file, people: [{ ...manager, email: 'ada@example.test' }, protege] };
    const result = parse(withEmail);
    expect(result.ok && result.file.people.map((person) => person.email)).toEqual([
      'ada@example.test',
      undefined,
    ]);
    expect(errorOf({ ...file, people: [manager, { ...protege, email: 'ada at home' }] })).toBe(
      'people[1].email: expected an e-mail address',
    );
  });

  it('rejects text that is not JSON', () => {
    expect(parsePeopleFile('{"people": [')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^not valid JSON/),
    });
  });

  it('checks references: unknown manager, unknown goal owner, duplicate ids', () => {
    const file = validFile();
    const [manager, protege] = file.people;
    if (!manager || !protege) throw new Error('factory');
    expect(errorOf({ ...file, people: [manager, { ...protege, managerId: 'ghost' }] })).toBe(
      'people[1].managerId: no person has id "ghost"',
    );
    expect(errorOf({ ...file, goals: [makeGoal('nobody')] })).toBe(
      'goals[0].personId: no person has id "nobody"',
    );
    expect(
      errorOf({ ...file, people: [manager, { ...protege, id: manager.id, managerId: null }] }),
    ).toBe(`people[1].id: "${manager.id}" is used twice`);
    const goal = makeGoal(protege.id);
    expect(errorOf({ ...file, goals: [goal, goal] })).toBe(
      `goals[1].id: "${goal.id}" is used twice`,
    );
  });

  it('reads years as a span: closed, ongoing or a single year', () => {
    expect(parseYears('2015-2019')).toEqual({ start: 2015, end: 2019 });
    expect(parseYears('2021-')).toEqual({ start: 2021, end: null });
    expect(parseYears('2019')).toEqual({ start: 2019, end: 2019 });
    expect(parseYears('4 years')).toBeNull();
    expect(parseYears('2019-2015')).toBeNull();
  });
});
