/**
 * The canonical function a department name or a title belongs to: "HR", "Human Resources"
 * and "People Ops" are People; "recruiter" is People too, "ward manager" Nursing.
 */
import { FUNCTION_NAMES } from './function-lookup';
import { readTitle } from './read-title';
import { titleWords } from './title-words';

export function canonicalFunction(text: string | null | undefined): string | null {
  if (!text) return null;
  const words = titleWords(text);
  if (words.length === 0) return null;
  const named = FUNCTION_NAMES.get(words.join(' '));
  if (named) return named;
  return readTitle(words).functions[0] ?? null;
}

/**
 * The name two functions are compared by: the canonical one when the catalogue knows it, and
 * otherwise the organisation's own department name as written, so unknown names still
 * compare equal to themselves.
 */
export function functionKey(name: string | null | undefined): string | null {
  if (!name || name.trim() === '') return null;
  return canonicalFunction(name) ?? name.trim();
}

export function sameFunction(a: string | null | undefined, b: string | null | undefined): boolean {
  const left = functionKey(a);
  return left !== null && left.toLowerCase() === functionKey(b)?.toLowerCase();
}
