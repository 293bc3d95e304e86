import { describe, expect, it } from 'vitest';
import { DEFAULT_FIT_WEIGHTS } from '@/lib/core/matching/fit';
import type { FilePerson, PeopleFile } from '@/lib/core/matching/people-file';
import { PREVIEW_GOALS, previewWeights, type PreviewInput } from './policy-preview';

const person = (id: string, organization: string, mentors = false): FilePerson => ({
  id,
  name: `Person ${id}`,
  organization,
  function: 'Finance',
  title: mentors ? 'Finance Manager' : 'Finance Analyst',
  level: mentors ? 5 : 3,
  managerId: null,
  languages: ['en'],
  timezone: 'Europe/London',
  skills: [],
  bio: '',
  offers: { mentoring: mentors, coaching: false, capacity: 5, coachingAreas: [] },
  experiences: [],
});

const goal = (id: string, personId: string) => ({
  id,
  personId,
  text: 'I want to become a finance manager within two years.',
  targetTitle: 'Finance Manager',
  targetLevel: 5,
  kind: 'mentor' as const,
});

// Six protégés (p1-p6) in organisation A, their goals listed out of id order; mentors m1 (A)
// and m2 (B). p3 shares no language with anyone, so nobody may take goal g3.
const file: PeopleFile = {
  people: [
    ...['p1', 'p2', 'p3', 'p4', 'p5', 'p6'].map((id) => person(id, 'A')),
    person('m1', 'A', true),
    person('m2', 'B', true),
  ].map((entry) => (entry.id === 'p3' ? { ...entry, languages: ['de'] } : entry)),
  goals: ['g6', 'g5', 'g4', 'g3', 'g2', 'g1'].map((id) => goal(id, `p${id.slice(1)}`)),
};

const input = (overrides: Partial<PreviewInput> = {}): PreviewInput => ({
  file,
  load: [],
  excludedPairs: [],
  allowCrossOrganisation: true,
  referenceDate: new Date('2026-06-01T00:00:00Z'),
  current: DEFAULT_FIT_WEIGHTS,
  draft: DEFAULT_FIT_WEIGHTS,
  ...overrides,
});

describe('the policy preview', () => {
  it('samples the first goals by id that someone may take, the same whatever the weights', () => {
    const same = previewWeights(input());
    expect(same.rows.map((row) => row.goalId)).toEqual(['g1', 'g2', 'g4', 'g5']);
    expect(same.rows).toHaveLength(PREVIEW_GOALS);
    expect(same.changed).toBe(0);
    for (const row of same.rows) expect(row.draft).toEqual(row.current);
    const other = previewWeights(input({ draft: { ...DEFAULT_FIT_WEIGHTS, topics: 100 } }));
    expect(other.rows.map((row) => row.goalId)).toEqual(['g1', 'g2', 'g4', 'g5']);
    expect(other.rows.map((row) => row.current)).toEqual(same.rows.map((row) => row.current));
  });

  it('follows the run’s rules: excluded pairs, load and organisations kept apart', () => {
    const [row] = previewWeights(
      input({ excludedPairs: [['p1', 'm1']], load: [['m2', 5]] }),
      1,
    ).rows;
    // m1 may not be proposed to p1 and m2 is full: nobody, so g1 is no sample; g2 is next.
    expect(row?.goalId).toBe('g2');
    expect(row?.current?.personId).toBe('m1');

    const inHouse = previewWeights(input({ allowCrossOrganisation: false }));
    for (const entry of inHouse.rows) expect(entry.current?.personId).toBe('m1');
    const onlyAway = previewWeights(input({ allowCrossOrganisation: false, load: [['m1', 5]] }));
    expect(onlyAway.rows).toEqual([]);
  });

  it('names the person first and says the score in words', () => {
    const [row] = previewWeights(input(), 1).rows;
    expect(row).toMatchObject({ owner: 'Person p1', kind: 'mentor' });
    expect(row?.current?.name).toMatch(/^Person m[12]$/);
    expect(row?.current?.words).toMatch(/fit$/);
  });
});
