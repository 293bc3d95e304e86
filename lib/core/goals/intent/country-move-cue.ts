/**
 * Working in another country, in the same role or a new one ("move to Canada", "transfer
 * from London to Singapore", "maybe back in the UK"). A negated move ("not moving abroad")
 * does not count, and a country named only to describe ("a UK foundation doctor") does not
 * either unless the goal names another country too.
 */
import { countryAt } from './countries';
import type { GoalWord } from './goal-words';
import { findPhrases, phraseIndex } from './word-phrases';

const ABROAD = phraseIndex([
  'abroad',
  'overseas',
  'emigrate',
  'emigrating',
  'emigration',
  'another country',
  'a different country',
  'other countries',
  'new country',
  'expat',
  'internationally',
  'relocate abroad',
]);
const TOWARDS = new Set(['to', 'towards', 'back', 'into']);
const WANTING = new Set([
  'want',
  'like',
  'love',
  'hope',
  'hoping',
  'plan',
  'planning',
  'dream',
  'aim',
  'move',
  'moving',
  'relocate',
  'relocating',
  'transfer',
  'transferring',
  'maybe',
  'eventually',
  'someday',
  'wanna',
]);
// "to work in Ireland" wants to; "I work in Germany" says where the person is now.
const TO_BE_THERE = new Set(['work', 'live', 'be', 'settle', 'stay']);

export function countryMoveCue(words: readonly GoalWord[]): boolean {
  if (findPhrases(words, ABROAD).some((hit) => !hit.negated)) return true;
  const text = words.map((word) => word.word);
  const named = new Set<string>();
  let towards = false;
  for (let at = 0; at < words.length; at++) {
    const country = countryAt(words, text, at);
    if (!country) continue;
    const word = words[at] as GoalWord;
    if (word.negated) continue;
    named.add(country.value);
    const before = [words[at - 1], words[at - 2]].filter(
      (w): w is GoalWord => w !== undefined && !w.punctuation,
    );
    if (before.some((w) => TOWARDS.has(w.word))) towards = true;
    if (before[0]?.word === 'in') {
      const clause = words.filter((w) => w.sentence === word.sentence).slice(0, at);
      const wanting = clause.some(
        (w, i) =>
          !w.negated &&
          (WANTING.has(w.word) || (TO_BE_THERE.has(w.word) && clause[i - 1]?.word === 'to')),
      );
      if (wanting) towards = true;
    }
    at += country.length - 1;
  }
  return towards || named.size >= 2;
}
