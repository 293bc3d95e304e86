/**
 * The moves a goal involves, from its target, the person's standing and the cues in its
 * words, by the rules of data/intent/README.md: a step up stays in one function (senior IC
 * to a first people-lead role included), a function change goes from one named function to
 * another and is never also a step up, and senior-unwritten-rules follows the level alone.
 */
import { INTENT_MOVES, type IntentMove } from './types';
import type { Standing, Target } from './target-role';

export interface MoveCues {
  founding: boolean;
  countryMove: boolean;
  returnAfterBreak: boolean;
  unusualPath: boolean;
  /** The goal asks for a promotion in so many words. */
  promotion: boolean;
}

/**
 * Up a level, or into leading people for the first time, inside one function; a promotion
 * the goal names ("promoted to associate director") is one even between two titles of a rung.
 */
function isStepUp(target: Target, current: Standing, promotion: boolean): boolean {
  const level = target.role.level;
  const now = current.role.level;
  if (level === null || now === null) return false;
  if (target.reading?.generalManagement) return level >= now && !current.reading.generalManagement;
  if (level > now || (promotion && level === now)) return true;
  const leadsPeople = target.reading?.leadsPeople === true;
  return leadsPeople && !current.reading.leadsPeople && level === now;
}

export function changesFunction(target: Target, current: Standing): boolean {
  const fn = target.role.function;
  if (fn === null || current.functionKey === null) return false;
  if (target.reading?.generalManagement || target.reading?.boardSeat) return false;
  return fn.toLowerCase() !== current.functionKey.toLowerCase();
}

export function readMoves(target: Target, current: Standing, cues: MoveCues): IntentMove[] {
  const moves = new Set<IntentMove>();
  // A founder or a board seat taken alongside a day job is no step on an employer's ladder.
  const offLadder = cues.founding || target.reading?.founder === true || target.reading?.boardSeat;
  if (!offLadder) {
    if (changesFunction(target, current)) moves.add('function-change');
    else if (isStepUp(target, current, cues.promotion)) moves.add('step-up');
  }
  if (cues.founding || target.reading?.founder) moves.add('founding');
  if (cues.countryMove) moves.add('country-move');
  if (cues.returnAfterBreak) moves.add('return-after-break');
  if ((target.role.level ?? 0) >= 6) moves.add('senior-unwritten-rules');
  if (cues.unusualPath) moves.add('unusual-path');
  return INTENT_MOVES.filter((move) => moves.has(move));
}
