/**
 * Coming back to work after a career break (caring, parental leave, illness). Still deciding
 * whether to come back at all is a question of career direction, not this move.
 */
import type { GoalWord } from './goal-words';
import { findPhrases, phraseIndex } from './word-phrases';

const RETURNING = phraseIndex([
  'come back',
  'coming back',
  'came back',
  'get back into',
  'getting back into',
  'go back to work',
  'going back to work',
  'back to work',
  'back into work',
  'back into the workforce',
  'return to work',
  'returning to work',
  'return to the workforce',
  'return to my career',
  'return to the workplace',
  'return to practice',
  'return as',
  'returning as',
  're enter',
  're entering',
  'returner',
  'returnship',
]);
const BREAK = phraseIndex([
  'career break',
  'my break',
  'a break',
  'maternity leave',
  'paternity leave',
  'parental leave',
  'sick leave',
  'years out',
  'time out',
  'years off',
  'time off',
  'caring for',
  'stayed at home',
  'stay at home',
]);
const UNDECIDED = /\b(whether|if) (i should |to |i want to |i will )?(come back|return|go back)\b/;

export interface BreakReturnCue {
  /** Returning is named, not just a break. */
  returning: boolean;
  /** Still deciding whether to come back at all. */
  undecided: boolean;
  onBreak: boolean;
}

export function breakReturnCue(words: readonly GoalWord[], currentTitle: string): BreakReturnCue {
  const text = words.map((word) => word.word).join(' ');
  const returning = findPhrases(words, RETURNING).some((hit) => !hit.negated);
  const onBreak =
    findPhrases(words, BREAK).length > 0 || /career break|on leave/i.test(currentTitle);
  return { returning, onBreak, undecided: UNDECIDED.test(text) };
}
