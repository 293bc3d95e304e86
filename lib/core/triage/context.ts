/**
 * Reading the words around a cue: is a role something the person is aiming at, or someone
 * else ("my VP said...")? Is a skill something to build, or a field they are moving into?
 * Works on stems, within one clause, so context never leaks across a full stop or comma.
 */
import type { GoalToken } from './nlp';
import { stemWord } from './nlp';

function stems(words: string): ReadonlySet<string> {
  return new Set(words.split(' ').flatMap((word) => stemWord(word).map((form) => form.stem)));
}

const ASPIRATION = stems(
  'become becoming make made reach promoted promotion aim aiming aspire aspiring goal target plan want hope ' +
    'move moving transition switch land join pursue path road route track journey into toward towards ' +
    'going heading back return returning step',
);
// Words that only signal aiming when a particular word follows: "get to VP", "to be a CTO".
const ASPIRATION_BEFORE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['get', new Set(['to', 'into', 'back'])],
  ['be', new Set(['a', 'an', 'on', 'the', 'in'])],
]);
const AMBITION_AFTER = stems('goal target plan aim dream ambition someday eventually one');
const POSSESSIVE = new Set(['my', 'our', 'his', 'her', 'their', 'your', 'its']);
const FILLER = new Set(['a', 'an', 'the', 'senior', 'junior', 'new', 'full', 'proper']);
// "a better manager", "a more confident lead": being good in a role, not reaching it.
const QUALITY = new Set(['better', 'good', 'great', 'stronger', 'best', 'confident', 'effective']);
// A role after one of these is an audience, not a destination ("present to the board").
const AUDIENCE_VERBS = stems(
  'present presenting pitch speak talk report work disagree communicate explain push negotiate sell argue influence',
);
const MOVE_VERBS = stems('move moving transition switch pivot break go get career');
// "to lead the kitchen", "to lead my team better": a role word that can be a verb, read as one
// before a unit the person already has. "To lead a bigger team" still aims at a lead's role.
const DETERMINERS = new Set(['the', 'my', 'our', 'this', 'that', 'their', 'his', 'her']);
const LOOK_BACK = 7;

function isAspirationAt(tokens: readonly GoalToken[], i: number): boolean {
  const token = tokens[i];
  if (!token) return false;
  if (ASPIRATION.has(token.stem)) return true;
  const followers = ASPIRATION_BEFORE.get(token.stem);
  return followers !== undefined && followers.has(tokens[i + 1]?.normal ?? '');
}

function readAsVerb(tokens: readonly GoalToken[], start: number, end: number): boolean {
  return (
    start === end &&
    tokens[start - 1]?.normal === 'to' &&
    DETERMINERS.has(tokens[end + 1]?.normal ?? '')
  );
}

/** A role at [start, end] is aimed at when an aspiration precedes it, or an ambition follows. */
export function isAimedAt(tokens: readonly GoalToken[], start: number, end: number): boolean {
  if (readAsVerb(tokens, start, end) || QUALITY.has(tokens[start - 1]?.normal ?? '')) return false;
  let left = start - 1;
  while (left >= 0 && FILLER.has(tokens[left]?.normal ?? '')) left--;
  if (POSSESSIVE.has(tokens[left]?.normal ?? '')) return false;
  for (let i = start - 1; i >= 0 && i >= start - LOOK_BACK; i--) {
    const token = tokens[i];
    if (!token || token.boundary) break;
    if (AUDIENCE_VERBS.has(token.stem)) return false;
    if (isAspirationAt(tokens, i)) return true;
  }
  for (let i = end + 1; i < tokens.length && i <= end + 5; i++) {
    const token = tokens[i];
    if (!token || token.boundary) break;
    if (AMBITION_AFTER.has(token.stem)) return true;
  }
  return false;
}

/** "moving into project management": the skill words name a destination, not a gap. */
export function isMovingInto(tokens: readonly GoalToken[], start: number): boolean {
  // "the move from the army into project management": "into" right before, a move earlier on.
  if (tokens[start - 1]?.normal === 'into') {
    for (let i = start - 2; i >= 0 && i >= start - LOOK_BACK; i--) {
      const token = tokens[i];
      if (!token || token.boundary) break;
      if (MOVE_VERBS.has(token.stem)) return true;
    }
  }
  for (let i = start - 1; i >= 0 && i >= start - 4; i--) {
    const token = tokens[i];
    if (!token || token.boundary) return false;
    if (
      MOVE_VERBS.has(token.stem) &&
      (tokens[i + 1]?.normal === 'into' || tokens[i + 2]?.normal === 'into')
    ) {
      return true;
    }
  }
  return false;
}
