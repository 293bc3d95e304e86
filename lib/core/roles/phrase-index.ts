/**
 * Longest-match lookup of word sequences ("head of sales" before "head"), the one way the
 * role lexicon is searched, so every list is matched by the same rule.
 */
export interface PhraseMatch<T> {
  value: T;
  start: number;
  length: number;
}

export class PhraseIndex<T> {
  private readonly byPhrase = new Map<string, T>();
  // Most positions start no phrase at all; checking the first (or last) word first skips
  // building candidate strings there, which is most of the cost of a lookup.
  private readonly firstWords = new Set<string>();
  private readonly lastWords = new Set<string>();
  private longest = 1;

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [phrase, value] of entries) {
      const key = phrase.trim().replace(/\s+/g, ' ');
      if (this.byPhrase.has(key)) continue;
      this.byPhrase.set(key, value);
      const words = key.split(' ');
      this.firstWords.add(words[0] as string);
      this.lastWords.add(words[words.length - 1] as string);
      this.longest = Math.max(this.longest, words.length);
    }
  }

  get(phrase: string): T | undefined {
    return this.byPhrase.get(phrase);
  }

  /** The longest phrase that starts at `start`. */
  at(words: readonly string[], start: number): PhraseMatch<T> | null {
    if (!this.firstWords.has(words[start] as string)) return null;
    const most = Math.min(this.longest, words.length - start);
    for (let length = most; length >= 1; length--) {
      const value = this.byPhrase.get(words.slice(start, start + length).join(' '));
      if (value !== undefined) return { value, start, length };
    }
    return null;
  }

  /** The longest phrase that ends just before `end`. */
  endingAt(words: readonly string[], end: number, from = 0): PhraseMatch<T> | null {
    if (!this.lastWords.has(words[end - 1] as string)) return null;
    const most = Math.min(this.longest, end - from);
    for (let length = most; length >= 1; length--) {
      const start = end - length;
      const value = this.byPhrase.get(words.slice(start, end).join(' '));
      if (value !== undefined) return { value, start, length };
    }
    return null;
  }

  /** Every phrase in the words, left to right, the longest winning where two overlap. */
  all(words: readonly string[]): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    for (let start = 0; start < words.length;) {
      const match = this.at(words, start);
      if (match) {
        found.push(match);
        start += match.length;
      } else start++;
    }
    return found;
  }
}
