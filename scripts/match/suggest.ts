/**
 * The `match suggest` command's work, minus the I/O: the dispatcher reads the file and prints
 * what this returns (exit status 2 on `error`). Pure: the reference date for timezones and
 * recency is fixed, not read from the clock, so the same file always gives the same output.
 */
import { fitContext, prepareFile } from '@/lib/core/matching/fit';
import { parsePeopleFile } from '@/lib/core/matching/people-file';
import { suggest } from '@/lib/core/matching/suggest';
import type { CommandAnswer } from './read-people-file';

/**
 * Mid-January avoids the days when zones switch daylight saving. A caller that knows "today"
 * can pass it instead; the default keeps runs reproducible.
 */
export const DEFAULT_REFERENCE_DATE = new Date('2026-01-15T12:00:00Z');

export function runSuggest(
  fileText: string,
  top: number,
  referenceDate: Date = DEFAULT_REFERENCE_DATE,
): CommandAnswer {
  if (!Number.isInteger(top) || top < 1)
    return { error: '--top: expected a whole number of at least 1' };
  const parsed = parsePeopleFile(fileText);
  if (!parsed.ok) return { error: parsed.error };
  const prepared = prepareFile(parsed.file, referenceDate);
  return { output: { suggestions: suggest(prepared, fitContext(), top) } };
}
