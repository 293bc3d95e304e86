/**
 * Cell values of the CSV layout (csv-layout.ts) to and from the JSON format's values. A cell
 * that cannot be read is passed on as it is, so the record's schema names it with its reason.
 */
import { LIST_SEPARATOR } from './csv-layout';

const FORMULA_START = /^'[=+\-@\t\r]/;
const NEEDS_GUARD = /^[=+\-@\t\r]/;

/** Undo the guard exports put before text a spreadsheet would take for a formula. */
export const unguard = (cell: string) => (FORMULA_START.test(cell) ? cell.slice(1) : cell);
export const guard = (cell: string) => (NEEDS_GUARD.test(cell) ? `'${cell}` : cell);

export const listCell = (cell: string) =>
  cell
    .split(LIST_SEPARATOR)
    .map((item) => item.trim())
    .filter(Boolean);

/** '' is undefined (the schema says when a value is required); text that is no number stays text. */
export function numberCell(cell: string): number | string | undefined {
  const value = cell.trim();
  if (value === '') return undefined;
  return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
}

const YES = new Set(['yes', 'y', 'true', '1']);
const NO = new Set(['no', 'n', 'false', '0', '']);

export function yesNoCell(cell: string): boolean | string {
  const value = cell.trim().toLowerCase();
  if (YES.has(value)) return true;
  if (NO.has(value)) return false;
  return cell;
}

export const optionalCell = (cell: string) => (cell.trim() === '' ? undefined : cell.trim());

export const writeList = (items: readonly string[] | undefined) =>
  (items ?? []).join(`${LIST_SEPARATOR} `);
