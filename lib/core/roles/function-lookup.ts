/**
 * Phrase lookups into the function catalogue: which function a department name or a job
 * title names. Both indexes are built once, when the module loads.
 */
import { FUNCTION_CATALOGUE } from './function-catalogue';
import { PhraseIndex } from './phrase-index';

const entries = (pick: (entry: (typeof FUNCTION_CATALOGUE)[number]) => readonly string[]) =>
  FUNCTION_CATALOGUE.flatMap((entry) => pick(entry).map((phrase) => [phrase, entry.name] as const));

/** Department and discipline names ("human resources", "ux"), and each canonical name itself. */
export const FUNCTION_NAMES = new PhraseIndex<string>([
  ...FUNCTION_CATALOGUE.map(
    (entry) => [entry.name.toLowerCase().replace('&', 'and'), entry.name] as const,
  ),
  ...entries((entry) => entry.names),
]);

/** Names that stand for a whole function, so a department written with one reads as the function. */
export const FUNCTION_ALIASES = new PhraseIndex<string>([
  ...FUNCTION_CATALOGUE.map(
    (entry) => [entry.name.toLowerCase().replace('&', 'and'), entry.name] as const,
  ),
  ...entries((entry) => entry.aliases ?? []),
]);

/**
 * Job titles that carry a function by themselves ("recruiter", "sales engineer"). A title
 * listed under several functions ("architect") names each, first listed first, and the
 * reader keeps the one the person is already in when it is among them.
 */
const titled = new Map<string, string[]>();
for (const [phrase, name] of [
  ...entries((entry) => entry.titles),
  ...entries((entry) => entry.alsoTitles ?? []),
]) {
  titled.set(phrase, [...(titled.get(phrase) ?? []), name]);
}
export const FUNCTION_TITLES = new PhraseIndex<readonly string[]>(titled);

const CANONICAL_NAMES = new Set(FUNCTION_CATALOGUE.map((entry) => entry.name));

export function isCanonicalFunction(name: string): boolean {
  return CANONICAL_NAMES.has(name);
}

/**
 * The functions named anywhere in some words, nearest the end first, as the word closest to
 * a title's head says most about it ("software sales executive" is in Sales).
 */
export function functionsNamedIn(words: readonly string[]): string[] {
  const named = FUNCTION_NAMES.all(words).map((match) => match.value);
  return [...new Set(named.reverse())];
}
