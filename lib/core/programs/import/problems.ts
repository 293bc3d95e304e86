/** Problems named in the file's own terms: a CSV line and column, or a JSON item and field. */
import type { z } from 'zod';
import { columnOfField } from './csv-layout';
import type { ImportProblem, Place } from './types';

/** `field` is a path inside the record in JSON terms (e.g. `offers.capacity`), or '' for all of it. */
export function problemAt(place: Place, field: string, reason: string): ImportProblem {
  if (place.line !== null)
    return { line: place.line, field: field ? columnOfField(place.kind, field) : '', reason };
  const path = !field
    ? place.item
    : field.startsWith('[')
      ? place.item + field
      : `${place.item}.${field}`;
  return { line: null, field: path, reason };
}

/** How another record is named in a reason: "line 4" or "people[3]". */
export const placeName = (place: Place) =>
  place.line !== null ? `line ${place.line}` : place.item;

export function pathOf(path: readonly PropertyKey[]): string {
  return path
    .map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
    .join('')
    .replace(/^\./, '');
}

/** Every issue zod found in one record, each once per field. */
export function zodProblems(place: Place, error: z.ZodError): ImportProblem[] {
  const seen = new Set<string>();
  const problems: ImportProblem[] = [];
  for (const issue of error.issues) {
    const problem = problemAt(place, pathOf(issue.path), issue.message);
    // Several items of one list land in one CSV cell: name the cell once.
    if (seen.has(problem.field)) continue;
    seen.add(problem.field);
    problems.push(problem);
  }
  return problems;
}
