/**
 * Finding cue phrases in a goal's words: a phrase never reaches across punctuation, and
 * each match says whether a negation governs it ("not moving abroad").
 */
import { PhraseIndex } from '@/lib/core/roles/phrase-index';
import type { GoalWord } from './goal-words';

export interface PhraseHit {
  start: number;
  length: number;
  negated: boolean;
}

export function phraseIndex(phrases: readonly string[]): PhraseIndex<true> {
  return new PhraseIndex(phrases.map((phrase) => [phrase, true] as const));
}

export function findPhrases(words: readonly GoalWord[], index: PhraseIndex<true>): PhraseHit[] {
  const text = words.map((word) => word.word);
  return index.all(text).map((match) => ({
    start: match.start,
    length: match.length,
    negated: words.slice(match.start, match.start + match.length).some((word) => word.negated),
  }));
}

export function hasPhrase(words: readonly GoalWord[], index: PhraseIndex<true>): boolean {
  return findPhrases(words, index).some((hit) => !hit.negated);
}
