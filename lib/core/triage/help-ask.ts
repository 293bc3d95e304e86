/**
 * An ask for help with a thing to practise: "help with leading a multicultural team",
 * "coaching on delegating", "help managing staff older than me". Skills are too many to list,
 * so this reads the shape of the ask instead; what follows "help with" is the skill. Help with
 * a path ("help with the move", "help getting promoted") or with choosing a direction is not a
 * skill: those are left to the mentor and direction cues.
 */
import { NEED_POINTS_TO } from '@/lib/core/goals/needs';
import { HELP_ASK_CUE } from './cues/detected';
import type { CueHit } from './match';
import { describe } from './match';
import type { GoalToken } from './nlp';
import { polarityOf } from './polarity';

const HELPERS = new Set(['help', 'coaching', 'support']);
const PREPOSITIONS = new Set(['with', 'on', 'in', 'around', 'for']);
const FILLERS = new Set(['my', 'the', 'a', 'an', 'some', 'our', 'how', 'i', 'new']);
// What help with a path or a direction looks like; none of it is a skill to practise.
const NOT_A_SKILL = new Set(
  (
    'career careers path route road journey move transition promotion progression step steps ' +
    'role job position application applications next way getting moving making becoming ' +
    'reaching navigating finding landing switching breaking applying returning going ' +
    'transitioning stepping climbing progressing pivoting changing starting deciding decide ' +
    'figuring working thinking choosing exploring direction what whether which where it this ' +
    'that things stuff everything anything something me us them from'
  ).split(' '),
);
const SKILL_WORDS = 3;
const QUOTE_WORDS = 5;
// "help with difficult conversations | with unhappy customers": the skill's name has ended.
const QUOTE_ENDS = new Set(
  'and but plus so because or who that which with to in at for from on of as when'.split(' '),
);

function isGerund(token: GoalToken | undefined): boolean {
  return token !== undefined && token.normal.length >= 5 && token.normal.endsWith('ing');
}

/** Where the skill starts after a helper word at `at`, or -1. */
function skillStart(tokens: readonly GoalToken[], at: number): number {
  let i = at + 1;
  const preposition = PREPOSITIONS.has(tokens[i]?.normal ?? '');
  if (preposition) i++;
  while (FILLERS.has(tokens[i]?.normal ?? '')) i++;
  const first = tokens[i];
  if (!first || first.boundary) return -1;
  // Without "with"/"on", only a gerund is the thing helped with: "help managing staff".
  if (!preposition && !isGerund(first)) return -1;
  for (let k = i; k < i + SKILL_WORDS && k < tokens.length; k++) {
    const token = tokens[k];
    if (!token || token.boundary) break;
    if (NOT_A_SKILL.has(token.normal)) return -1;
  }
  return i;
}

function quoteEnd(tokens: readonly GoalToken[], from: number): number {
  let end = from;
  for (let i = from + 1; i < tokens.length && i < from + QUOTE_WORDS; i++) {
    const token = tokens[i];
    if (!token || token.boundary || QUOTE_ENDS.has(token.normal) || !/\w/.test(token.normal)) break;
    end = i;
  }
  return end;
}

/**
 * Asks for help with a skill. One that another coach cue already names ("help with my
 * confidence") is left to that cue, whose reason says what the skill is.
 */
export function findHelpAsks(tokens: readonly GoalToken[], others: readonly CueHit[]): CueHit[] {
  const named = others.filter((hit) => NEED_POINTS_TO[hit.cue.need] === 'coach');
  const hits: CueHit[] = [];
  for (let start = 0; start < tokens.length; start++) {
    if (!HELPERS.has(tokens[start]?.normal ?? '')) continue;
    const from = skillStart(tokens, start);
    if (from < 0) continue;
    const end = quoteEnd(tokens, from);
    if (named.some((hit) => hit.start <= end && hit.end >= from)) continue;
    hits.push({
      cue: HELP_ASK_CUE,
      polarity: polarityOf(tokens, start, end),
      found: describe(tokens, start, end),
      start,
      end,
    });
    start = end;
  }
  return hits;
}
