import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { PROPOSAL_COLUMNS, proposalsToCsv, type ProposalLine } from './proposals-csv';

const line: ProposalLine = {
  kind: 'MENTOR',
  score: 812,
  status: 'APPROVED',
  protege: { name: 'Nadia Okafor' },
  goal: { statement: '=HYPERLINK("http://x","click") become a ward manager' },
  supporter: { name: 'Émile Durand' },
  reasons: [{ about: 'Went from Staff Nurse to Ward Manager in 2021.' }, { about: 'Same hours.' }],
  alternatives: [{ name: 'Ruth Lee', score: 640, hasRoom: false }],
  request: null,
};

describe('proposalsToCsv', () => {
  it('writes one row per proposal under the named columns', () => {
    const parsed = Papa.parse<string[]>(proposalsToCsv([line]).slice(1), { skipEmptyLines: true });
    expect(parsed.data[0]).toEqual([...PROPOSAL_COLUMNS]);
    expect(parsed.data[1]).toEqual([
      'Nadia Okafor',
      `'=HYPERLINK("http://x","click") become a ward manager`,
      'mentor',
      'Émile Durand',
      '812',
      'Excellent fit',
      'approved',
      '',
      'Went from Staff Nurse to Ward Manager in 2021. Same hours.',
      'Ruth Lee',
      '640',
      'no',
    ]);
  });

  it('starts with a byte-order mark so accents survive spreadsheets', () => {
    expect(proposalsToCsv([]).startsWith('\uFEFF')).toBe(true);
  });
});
