/**
 * A program's audit log as CSV, for keeping or checking outside the product. Cells a
 * spreadsheet would run as a formula (names are people's own words) are escaped.
 */
import Papa from 'papaparse';
import { actionWords } from './audit-words';

export interface AuditLine {
  at: Date;
  actorName: string;
  action: string;
  about: readonly string[];
  before: unknown;
  after: unknown;
}

const record = (value: unknown) =>
  value === null || value === undefined ? '' : JSON.stringify(value);

export function auditToCsv(lines: readonly AuditLine[]): string {
  const rows = lines.map((line) => [
    line.at.toISOString(),
    line.actorName,
    actionWords(line.action),
    line.about.join('; '),
    record(line.before),
    record(line.after),
  ]);
  // A byte-order mark so spreadsheet programs read the accents in names as UTF-8.
  return `\uFEFF${Papa.unparse(
    { fields: ['when', 'who', 'what', 'about', 'before', 'after'], data: rows },
    { escapeFormulae: true },
  )}`;
}
