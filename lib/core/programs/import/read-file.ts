/**
 * An uploaded cohort file, JSON or CSV, read into checked records and the full list of its
 * problems, in file order. Pure: the preview and the apply step both start here.
 */
import { checkReferences } from './check-references';
import { readCsvFile } from './read-csv';
import { readJsonFile } from './read-json';
import type { ImportFormat, ImportProblem, ReadFile } from './types';

/** By the file's name when it says, else by its first character. */
export function detectFormat(fileName: string, text: string): ImportFormat {
  if (/\.json$/i.test(fileName)) return 'json';
  if (/\.(csv|tsv|txt)$/i.test(fileName)) return 'csv';
  return /^\uFEFF?\s*[{[]/.test(text) ? 'json' : 'csv';
}

// File order: by line (CSV), or people before goals, then by item (JSON); stable otherwise.
const section = (field: string) =>
  field.startsWith('people') ? 1 : field.startsWith('goals') ? 2 : 0;
const itemIndex = (field: string) => Number(/^\w+\[(\d+)\]/.exec(field)?.[1] ?? 0);
const byPlace = (a: ImportProblem, b: ImportProblem) =>
  a.line !== null || b.line !== null
    ? (a.line ?? 0) - (b.line ?? 0)
    : section(a.field) - section(b.field) || itemIndex(a.field) - itemIndex(b.field);

export const inFileOrder = (problems: ImportProblem[]) => problems.toSorted(byPlace);

export function readImportFile(text: string, format: ImportFormat): ReadFile {
  const read = format === 'json' ? readJsonFile(text) : readCsvFile(text);
  const problems = [...read.problems, ...checkReferences(read)];
  // A header with no rows (or an empty list) would offer to import nobody.
  if (problems.length === 0 && read.people.length === 0)
    problems.push({
      line: format === 'csv' ? 1 : null,
      field: format === 'csv' ? '' : 'people',
      reason: 'the file names no people: add a row (or an item) for each person to enrol',
    });
  return { ...read, problems: inFileOrder(problems) };
}
