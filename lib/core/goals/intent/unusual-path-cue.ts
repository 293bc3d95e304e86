/**
 * A path with few role models: when the person says so ("hardly any women do that job",
 * "very few people around me have done it"), takes a rare route (an apprenticeship instead
 * of a degree), or leaves professional sport for another function.
 */
import type { GoalWord } from './goal-words';
import { findPhrases, phraseIndex } from './word-phrases';

// Negation does not matter here: "not many people" is itself the cue.
const FEW_ROLE_MODELS = phraseIndex([
  'role models',
  'role model',
  'few people',
  'few women',
  'few men',
  'hardly any',
  'hardly anyone',
  'barely any',
  'almost no one',
  'nobody like me',
  'no one like me',
  'nobody i know',
  'no one i know',
  'not many people',
  'not many women',
  'unusual',
  'unconventional',
  'non traditional',
  'nontraditional',
  'rare',
  'uncommon',
  'apprenticeship route',
  'apprenticeship',
  'without a degree',
  'no degree',
  'first in my family',
  'first woman',
  'first female',
  'only female',
  'first black',
  'only woman',
  'first person',
  'few examples',
  'no precedent',
  'never been done',
]);
const SPORT = /\b(sport|athlete|footballer|player|olympian)\b/i;

/** Jumps the README names as rare whoever makes them: nurse to clinical academic. */
const RARE_JUMPS: readonly (readonly [string, string])[] = [['Nursing', 'Research']];

export function unusualPathCue(
  words: readonly GoalWord[],
  current: { title: string; function: string | null },
  target: { function: string | null } | null,
  changesFunction: boolean,
): boolean {
  if (findPhrases(words, FEW_ROLE_MODELS).length > 0) return true;
  if (!changesFunction) return false;
  if (SPORT.test(current.function ?? '') || SPORT.test(current.title)) return true;
  return RARE_JUMPS.some(([from, to]) => current.function === from && target?.function === to);
}
