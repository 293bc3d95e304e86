/**
 * A run's proposals as a spreadsheet, for admins who review or report outside the product:
 * one row per proposal with the fit in words and numbers, the reasons an admin reads, and the
 * best runner-up. Cells a spreadsheet would run as a formula (people's own words) are escaped.
 */
import Papa from 'papaparse';
import { fitInWords } from '@/lib/core/matching/fit-words';

export interface ProposalLine {
  /** A proposal is for one kind of help; the column type also allows BOTH, which never comes. */
  kind: 'MENTOR' | 'COACH' | 'BOTH';
  score: number;
  status: string;
  protege: { name: string };
  goal: { statement: string };
  supporter: { name: string };
  reasons: readonly { about: string }[];
  alternatives: readonly { name: string; score: number; hasRoom: boolean }[];
  request: { status: string } | null;
}

export const PROPOSAL_COLUMNS = [
  'protégé',
  'goal',
  'kind',
  'proposed person',
  'fit',
  'fit in words',
  'review',
  'invitation',
  'reasons',
  'best runner-up',
  'runner-up fit',
  'runner-up has room',
] as const;

export function proposalsToCsv(lines: readonly ProposalLine[]): string {
  const rows = lines.map((line) => {
    const next = line.alternatives[0];
    return [
      line.protege.name,
      line.goal.statement,
      line.kind.toLowerCase(),
      line.supporter.name,
      String(line.score),
      fitInWords(line.score),
      line.status.toLowerCase(),
      line.request ? line.request.status.toLowerCase() : '',
      line.reasons.map((reason) => reason.about).join(' '),
      next?.name ?? '',
      next ? String(next.score) : '',
      next ? (next.hasRoom ? 'yes' : 'no') : '',
    ];
  });
  // A byte-order mark so spreadsheet programs read the accents in names as UTF-8.
  return `\uFEFF${Papa.unparse({ fields: [...PROPOSAL_COLUMNS], data: rows }, { escapeFormulae: true })}`;
}
