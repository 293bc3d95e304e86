/**
 * Cues about level that name no role: a promotion wanted without a title ("get promoted this
 * year"), and an entry route into a new field ("via a bootcamp").
 */
import type { GoalWord } from './goal-words';
import { findPhrases, phraseIndex } from './word-phrases';

const PROMOTION = phraseIndex([
  'get promoted',
  'promoted to',
  'promotion to',
  'be promoted',
  'getting promoted',
  'earn a promotion',
  'get a promotion',
  'my next promotion',
  'next promotion',
  'win a promotion',
  'go for promotion',
  'going for promotion',
  'step up',
  'move up',
  'next level',
  'level up',
  'climb the ladder',
  'progress my career',
]);
// A promotion passed over or already had is no promotion wanted.
const PASSED_OVER =
  /\b(passed over|missed out on|was denied|been denied|turned down for|was promoted|got promoted|been promoted|recently promoted|just promoted|newly promoted)\b/;

const ENTRY = phraseIndex([
  'bootcamp',
  'boot camp',
  'entry level',
  'graduate scheme',
  'graduate programme',
  'graduate program',
  'from scratch',
  'starting out',
  'start at the bottom',
  'start from the bottom',
  'junior role',
  'junior position',
]);

export function promotionCue(words: readonly GoalWord[]): boolean {
  const text = words.map((word) => word.word).join(' ');
  if (PASSED_OVER.test(text)) return false;
  return findPhrases(words, PROMOTION).some((hit) => !hit.negated);
}

export function entryCue(words: readonly GoalWord[]): boolean {
  return findPhrases(words, ENTRY).some((hit) => !hit.negated);
}
