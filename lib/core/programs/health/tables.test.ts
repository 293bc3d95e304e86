import { describe, expect, it } from 'vitest';
import { tableToCsv } from './csv';
import { healthTables, isTableName, percent, TABLE_NAMES } from './tables';
import type { ProgramHealth } from './types';

const at = (iso: string) => new Date(`${iso}T09:30:00Z`);

const health: ProgramHealth = {
  program: { id: 'p1', name: 'Leadership' },
  asOf: at('2026-06-03'),
  participants: { members: 5, proteges: 2, mentors: 2, coaches: 1, notYetSetUp: 1 },
  organisations: [{ organisation: 'Acme', members: 5, proteges: 2, supporters: 2 }],
  triage: { mentor: 1, coach: 2, both: 0, untriaged: 1 },
  funnel: {
    proposed: 4,
    asked: 3,
    waiting: 1,
    oneSideAccepted: 0,
    declined: 0,
    expired: 0,
    withdrawn: 0,
    accepted: 2,
    active: 1,
    endedAfterWorking: 1,
    endedEarly: 0,
  },
  timeToAccept: { accepted: 2, medianDays: 1.5, bins: [{ label: 'Same day', count: 2 }] },
  crossPairs: { relationships: 3, crossFunction: 1, crossOrganisation: 2 },
  utilisation: {
    supporters: 2,
    placesOffered: 3,
    placesTaken: 2,
    bins: [{ label: '100%', count: 1 }],
  },
  ratings: [
    { week: new Date('2026-05-18T00:00:00Z'), meanRating: 4.5, checkIns: 2 },
    { week: new Date('2026-05-25T00:00:00Z'), meanRating: null, checkIns: 0 },
  ],
  needsALook: {
    total: 1,
    relationships: [
      {
        relationshipId: 'r1',
        kind: 'MENTOR',
        state: 'ENDED',
        protege: { id: 'u1', name: 'Ada Lovelace' },
        supporter: { id: 'u2', name: '=HYPERLINK("x")' },
        reasons: ['ENDED_IN_INTRO'],
        since: at('2026-05-20'),
        startedAt: at('2026-05-01'),
        lastCheckInAt: null,
        latestRating: null,
        endedAt: at('2026-05-20'),
        endedBy: 'protege',
        endNote: 'We never met, sadly.',
      },
    ],
  },
  outside: {
    invited: 4,
    waiting: 1,
    declined: 1,
    expired: 0,
    withdrawn: 1,
    started: 1,
    underWay: 1,
    ended: 0,
  },
  outcomes: {
    answered: 2,
    meanHelped: 3.5,
    wouldRecommend: 1,
    rows: [
      {
        relationshipId: 'r1',
        kind: 'MENTOR',
        side: 'protege',
        helped: 5,
        wouldRecommend: true,
        adminNote: '',
        fit: 820,
        reasons: ['lived-target-role', 'other-organisation'],
      },
      {
        relationshipId: 'r2',
        kind: 'COACH',
        side: 'supporter',
        helped: 2,
        wouldRecommend: false,
        adminNote: 'We never found a time.',
        fit: null,
        reasons: [],
      },
    ],
  },
};

describe('healthTables', () => {
  const tables = healthTables(health);

  it('has one table per name, each row as wide as its columns', () => {
    expect(Object.keys(tables).sort()).toEqual([...TABLE_NAMES].sort());
    for (const table of Object.values(tables))
      for (const row of table.rows) expect(row).toHaveLength(table.columns.length);
  });

  it('puts each closing answer beside the fit and reasons that paired the two', () => {
    expect(tables.outcomes.rows).toEqual([
      ['r1', 'Mentoring', 'Protégé', 5, 'Yes', 820, 'lived-target-role other-organisation', ''],
      ['r2', 'Coaching', 'Mentor or coach', 2, 'No', '', '', 'We never found a time.'],
    ]);
  });

  it('shows shares as whole percentages of all relationships', () => {
    expect(tables['cross-pairs'].rows).toEqual([
      ['Across functions', 1, 33],
      ['Across organisations', 2, 67],
      ['All relationships', 3, 100],
    ]);
    expect(percent(1, 0)).toBe(0);
  });

  it('writes weeks and reasons in words, and leaves a quiet week’s mean blank', () => {
    expect(tables.ratings.rows).toEqual([
      ['2026-05-18', 4.5, 2],
      ['2026-05-25', '', 0],
    ]);
    expect(tables['needs-a-look'].rows[0]).toEqual([
      'Ada Lovelace',
      '=HYPERLINK("x")',
      'Mentoring',
      'Ended',
      'Ended in the introduction',
      '2026-05-20',
      '2026-05-01',
      'Never',
      '',
      'Protégé',
      'We never met, sadly.',
    ]);
  });

  it('knows its names', () => {
    expect(isTableName('funnel')).toBe(true);
    expect(isTableName('users')).toBe(false);
  });
});

describe('tableToCsv', () => {
  it('writes a header and rows, escaping what a spreadsheet would run as a formula', () => {
    const csv = tableToCsv(healthTables(health)['needs-a-look']);
    const [header, row] = csv.split('\r\n');
    expect(header).toBe(
      'Protégé,Mentor or coach,Kind,State,Why,Since,Started,Last check-in,Latest rating,Ended by,End note',
    );
    expect(row).toContain(`"'=HYPERLINK(""x"")"`);
    expect(row).toContain('We never met, sadly.');
  });
});
