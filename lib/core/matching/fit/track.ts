/**
 * Whether a title leads people (Engineering Manager, Head of Sales) or is a specialist's
 * (Staff Engineer, Principal Designer), read through the roles lexicon. Two roles at one level
 * of one function can still be different jobs; the step into managing people is its own move.
 * Titles repeat across a file, so each is read once.
 */
import { readTitle } from '@/lib/core/roles/read-title';
import { titleWords } from '@/lib/core/roles/title-words';

const tracks = new Map<string, boolean>();

export function leadsPeople(title: string): boolean {
  let leads = tracks.get(title);
  if (leads === undefined) {
    const words = titleWords(title);
    leads = words.length > 0 && readTitle(words).leadsPeople;
    // Bounded: a hostile file of distinct titles must not grow it without end.
    if (tracks.size < 50_000) tracks.set(title, leads);
  }
  return leads;
}
