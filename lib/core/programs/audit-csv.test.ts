import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { auditToCsv } from './audit-csv';

describe('auditToCsv', () => {
  it('writes the action in words, who it was about, and the records as JSON', () => {
    const csv = auditToCsv([
      {
        at: new Date('2026-12-03T08:00:00Z'),
        actorName: '=cmd|x Admin',
        action: 'proposal-approved',
        about: ['Cleo for Ana', 'Ben'],
        before: { status: 'PROPOSED' },
        after: null,
      },
    ]);
    const [header, row] = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(header).toEqual(['when', 'who', 'what', 'about', 'before', 'after']);
    expect(row).toEqual([
      '2026-12-03T08:00:00.000Z',
      "'=cmd|x Admin",
      'Approved a proposal',
      'Cleo for Ana; Ben',
      '{"status":"PROPOSED"}',
      '',
    ]);
  });
});
