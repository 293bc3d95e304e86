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
  'looking',
  'aiming',
  'seeking',
  'trying',
  'become',
  'find',
  'land',
]);
const NOW = new Set(['now', 'currently', 'am', "i'm", 'im']);
// "I work in Poland" is where the person is; "to work in Ireland" where they want to be.
const BEING_THERE = new Set(['work', 'working', 'based', 'live', 'living']);
const SELF = new Set(['i', 'am', "i'm", 'im', 'currently']);
// "to work in Ireland" wants to; "I work in Germany" says where the person is now.
const TO_BE_THERE = new Set(['work', 'live', 'be', 'settle', 'stay']);

/**
 * "want to work in Ireland" wants to be there; "now I am a teacher in Poland" is there
 * already: looking back from the place, a wish counts only if nothing about now comes first.
 */
function wantedThere(words: readonly GoalWord[], at: number): boolean {
  const sentence = words[at]?.sentence;
  for (let back = at - 2; back >= 0 && words[back]?.sentence === sentence; back--) {
    const word = words[back] as GoalWord;
    const previous = words[back - 1]?.word ?? '';
    if (NOW.has(word.word)) return false;
    if (BEING_THERE.has(word.word) && SELF.has(previous)) return false;
    if (word.negated) continue;
    if (WANTING.has(word.word)) return true;
    if (TO_BE_THERE.has(word.word) && previous === 'to') return true;
  }
  return false;
}

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
    // "to Canada", "back to the UK", "in the US": the word before the place, past "the".
    const before = [words[at - 1], words[at - 2], words[at - 3]].filter(
      (w): w is GoalWord => w !== undefined && !w.punctuation && w.word !== 'the',
    );
    if (before.slice(0, 2).some((w) => TOWARDS.has(w.word))) towards = true;
    if (before[0]?.word === 'in' && wantedThere(words, at)) towards = true;
    at += country.length - 1;
  }
  return towards || named.size >= 2;
}
