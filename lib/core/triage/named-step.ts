/**
 * A named next step, whatever its title: "become deputy head teacher", "promoted to senior
 * lecturer", "aiming for a surgical training post". Titles are too many to list, but the
 * words that introduce one are few. A bare named step is a destination, so a mentor's ground;
 * "become better at", "become more confident" and "become someone who" are not steps.
 */
import type { CueHit } from './match';
import { NAMED_STEP_CUE } from './cues/detected';
import { describe } from './match';
import type { GoalToken } from './nlp';
import { polarityOf } from './polarity';

const INTRODUCERS: readonly (readonly string[])[] = [
  'become',
  'becoming',
  'promoted to',
  'promotion to',
  'step up to',
  'step up into',
  'stepping up to',
  'make it to',
  'qualify as',
  'qualifying as',
  'train as',
  'training as',
  'aiming for',
  'aim for',
  'going for',
  'go for',
  'apply for',
  'applying for',
  'goal is',
  'target is',
  'aim is',
  'to be a',
  'to be an',
].map((phrase) => phrase.split(' '));
const ARTICLES = new Set(['a', 'an', 'the']);
// Words after "become" that make it a change in oneself, not a step: "become more visible".
const NOT_A_STEP = new Set(
  (
    'better more less good great best calmer confident comfortable able known visible happier ' +
    'stronger clearer braver bolder fluent organised organized efficient effective productive ' +
    'assertive really very so truly much even fully properly someone somebody something it ' +
    'that this one part jobs roles positions things stuff help support coaching mentoring advice ' +
    'feedback expert pro master anything everything nothing job role position them ' +
    // "my goal is not clear", "the goal is still vague": words about the goal, not a step.
    'not needed clear simple unclear vague still just basically probably maybe perhaps also ' +
    'quite pretty now here there currently found set'
  ).split(' '),
);
// Where the step's name ends: "deputy head teacher | by 45".
const NAME_ENDS = new Set(
  (
    'in at of by for within next and but so when before after one someday eventually this that ' +
    'i to with from or as on'
  ).split(' '),
);
const NAME_WORDS = 4;
// Codes that already name the destination; a second reason for the same words adds nothing.
const NAMED_BY = new Set(['text-target-role', 'text-senior-role']);

function introducerEnd(tokens: readonly GoalToken[], at: number): number {
  for (const words of INTRODUCERS) {
    if (words.every((word, k) => tokens[at + k]?.normal === word)) return at + words.length - 1;
  }
  return -1;
}

/** The last token of the step's name starting at `from`, or -1 when there is no step. */
function nameEnd(tokens: readonly GoalToken[], from: number): number {
  const first = tokens[from];
  if (!first || first.boundary || NOT_A_STEP.has(first.normal) || NAME_ENDS.has(first.normal))
    return -1;
  let end = from;
  for (let i = from + 1; i < tokens.length && i < from + NAME_WORDS; i++) {
    const token = tokens[i];
    if (!token || token.boundary || NAME_ENDS.has(token.normal)) break;
    end = i;
  }
  return end;
}

export function findNamedSteps(tokens: readonly GoalToken[], others: readonly CueHit[]): CueHit[] {
  const named = others.filter((hit) => NAMED_BY.has(hit.cue.code));
  const hits: CueHit[] = [];
  for (let start = 0; start < tokens.length; start++) {
    const last = introducerEnd(tokens, start);
    if (last < 0) continue;
    const from = ARTICLES.has(tokens[last + 1]?.normal ?? '') ? last + 2 : last + 1;
    const end = nameEnd(tokens, from);
    if (end < 0) continue;
    if (named.some((hit) => hit.start <= end && hit.end >= start)) continue;
    hits.push({
      cue: NAMED_STEP_CUE,
      polarity: polarityOf(tokens, start, end),
      found: describe(tokens, from, end),
      start,
      end,
    });
    start = end;
  }
  return hits;
}
