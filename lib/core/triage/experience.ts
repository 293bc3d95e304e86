/**
 * Asks for a person by what they have lived through: "someone who left a big firm and built a
 * company", "a partner who built their book from nothing", "an owner who did it last year".
 * What such a clause names is that person's experience, not a skill the writer wants to
 * practise: "someone who has led a union negotiation" asks for a veteran of one, not for
 * negotiation lessons. So the clause is a mentor's ground, and the skill words inside it are
 * not a gap. Present-tense helpers ("someone who can help me present") are not lived asks.
 */
import { NEED_POINTS_TO } from '@/lib/core/goals/needs';
import type { CueHit } from './match';
import { describe } from './match';
import {
  ASKED_PEOPLE,
  INDEFINITE,
  AUXILIARIES,
  BE_FORMS,
  ADVERBS,
  IRREGULAR_PAST,
  ROLE_OPENERS,
  HOLDING_NOW,
  CLAUSE_ENDS,
  PURPOSE_VERBS,
  ASKING,
  IN_THE_STORY,
  LEARNING,
  PRONOUNS,
  SENTENCE_ENDS,
} from './lived-words';
import type { GoalToken } from './nlp';
import type { Polarity } from './polarity';
import { polarityOf } from './polarity';
import type { Signal } from './signals';
import type { TriageReason } from './types';

export interface LivedAsk {
  /** From the person asked for ("someone", "a partner") to the end of what they did. */
  start: number;
  end: number;
  /** Where the ask's reach begins: earlier than start when a skill is to be learnt from them. */
  takesFrom: number;
  polarity: Polarity;
}

// How far the reader looks: an article before its person, back for an asking word, and the
// longest clause it takes as one experience.
const ARTICLE_REACH = 4;
const MAX_SPAN = 24;
const ASK_REACH = 7;
const LEARN_REACH = 6;

function isPastVerb(token: GoalToken | undefined): boolean {
  if (!token) return false;
  return IRREGULAR_PAST.has(token.normal) || (token.normal.length >= 5 && /ed$/.test(token.normal));
}

/** Index of the first token after auxiliaries and adverbs, and whether a "be" was among them. */
function skipHelpers(tokens: readonly GoalToken[], from: number): { at: number; be: boolean } {
  let at = from;
  let be = false;
  while (at < tokens.length) {
    const normal = tokens[at]?.normal ?? '';
    if (AUXILIARIES.has(normal)) be ||= BE_FORMS.has(normal);
    else if (!ADVERBS.has(normal)) break;
    at++;
  }
  return { at, be };
}

/** The person is asked for: an asking word comes first, or they open the sentence. */
function isAskedFor(tokens: readonly GoalToken[], start: number): boolean {
  for (let i = start - 1; i >= 0 && i >= start - ASK_REACH; i--) {
    const token = tokens[i];
    if (!token || token.boundary) return i === start - 1;
    if (IN_THE_STORY.has(token.normal)) return false;
    if (ASKING.has(token.normal)) return true;
  }
  return start === 0;
}

/** Where the person asked for starts, or -1 when "who" does not follow one. */
function askedPersonStart(tokens: readonly GoalToken[], who: number): number {
  const before = tokens[who - 1];
  if (!before || before.boundary) return -1;
  if (ASKED_PEOPLE.has(before.normal)) return who - 1;
  if (tokens[who]?.normal !== 'who') return -1;
  for (let i = who - 1; i >= 0 && i >= who - ARTICLE_REACH; i--) {
    const token = tokens[i];
    if (!token || token.boundary) return -1;
    if (INDEFINITE.has(token.normal)) return i;
  }
  return -1;
}

/** The verb that says what the person lived, or -1. */
function livedVerb(tokens: readonly GoalToken[], who: number): number {
  const { at, be } = skipHelpers(tokens, who + 1);
  const token = tokens[at];
  if (isPastVerb(token) || HOLDING_NOW.has(token?.normal ?? '')) return at;
  return be && ROLE_OPENERS.has(token?.normal ?? '') ? at : -1;
}

/** The last token of what the person did, across "and built...", up to the clause's end. */
function clauseEnd(tokens: readonly GoalToken[], verb: number): number {
  let end = verb;
  for (let i = verb + 1; i < tokens.length && i <= verb + MAX_SPAN; i++) {
    const token = tokens[i];
    if (!token || token.boundary || CLAUSE_ENDS.has(token.normal)) break;
    if (token.normal === 'to' && PURPOSE_VERBS.has(tokens[i + 1]?.stem ?? '')) break;
    if (token.normal === 'and') {
      // "left a big firm and built a company" goes on; "and help with pitching" does not.
      const next = skipHelpers(tokens, i + 1).at;
      if (!isPastVerb(tokens[next])) break;
    }
    end = i;
  }
  return end;
}

function sentenceStart(tokens: readonly GoalToken[], from: number): number {
  let i = from;
  while (i > 0 && !SENTENCE_ENDS.has(tokens[i - 1]?.normal ?? '')) i--;
  return i;
}

/**
 * "I need better business development and want to learn it from a partner who built their
 * book": the skill is to be learnt from that person's experience, so it is theirs too
 * (labelling rule 5). Only a pronoun reaches back over the sentence; "learn from someone who"
 * takes nothing before it.
 */
function reachBack(tokens: readonly GoalToken[], start: number): number {
  if (tokens[start - 1]?.normal !== 'from') return start;
  for (let i = start - 2; i >= 0 && i >= start - LEARN_REACH; i--) {
    const token = tokens[i];
    if (!token || token.boundary) return start;
    if (!LEARNING.has(token.normal)) continue;
    const between = tokens.slice(i + 1, start - 1).filter((t) => t.normal !== 'up');
    return between.length === 1 && PRONOUNS.has(between[0]?.normal ?? '')
      ? sentenceStart(tokens, i)
      : i;
  }
  return start;
}

export function findLivedAsks(tokens: readonly GoalToken[]): LivedAsk[] {
  const asks: LivedAsk[] = [];
  for (let who = 1; who < tokens.length; who++) {
    const normal = tokens[who]?.normal;
    if (normal !== 'who' && normal !== 'that') continue;
    const start = askedPersonStart(tokens, who);
    if (start < 0 || !isAskedFor(tokens, start)) continue;
    const verb = livedVerb(tokens, who);
    if (verb < 0) continue;
    const end = clauseEnd(tokens, verb);
    const takesFrom = reachBack(tokens, start);
    asks.push({ start, end, takesFrom, polarity: polarityOf(tokens, start, verb) });
    who = end;
  }
  return asks;
}

function overlapsAsk(asks: readonly LivedAsk[], { start, end }: CueHit): boolean {
  return asks.some((ask) => start <= ask.end && end >= ask.takesFrom);
}

/**
 * Hits a lived ask takes over: a skill or any other coach cue inside it is the person's
 * experience, and "someone who has done" is said by the ask's own reason.
 */
export function outsideAsks(hits: readonly CueHit[], asks: readonly LivedAsk[]): CueHit[] {
  return hits.filter(
    (hit) =>
      !overlapsAsk(asks, hit) ||
      (NEED_POINTS_TO[hit.cue.need] === 'mentor' && hit.cue.code !== 'text-others-path'),
  );
}

export const LIVED_CODE = 'text-lived-experience';
const LIVED_WEIGHT = 2;
// Long enough to say who; a whole paragraph would bury the reason.
const QUOTE_WORDS = 12;

function quoteAsk(tokens: readonly GoalToken[], { start, end }: LivedAsk): string {
  const last = Math.min(end, start + QUOTE_WORDS - 1);
  let words = describe(tokens, start, last).replace(/[,;:.]$/, '');
  // "Someone who..." opening the goal reads "You asked for someone who...".
  const first = tokens[start]?.normal ?? '';
  if (ASKED_PEOPLE.has(first) || INDEFINITE.has(first))
    words = `${words.charAt(0).toLowerCase()}${words.slice(1)}`;
  return last < end ? `${words}…` : words;
}

/** The first wanted ask as a signal; a set-aside one as a note, as cues are. */
export function livedSignals(
  tokens: readonly GoalToken[],
  asks: readonly LivedAsk[],
): { signals: Signal[]; setAside: TriageReason[] } {
  const wanted = asks.find((ask) => ask.polarity === 'wanted');
  if (wanted) {
    const text = `You asked for ${quoteAsk(tokens, wanted)}: that is a mentor's lived experience.`;
    return {
      signals: [{ code: LIVED_CODE, text, side: 'destination', weight: LIVED_WEIGHT, ask: true }],
      setAside: [],
    };
  }
  const refused = asks.find((ask) => ask.polarity === 'set-aside');
  if (!refused) return { signals: [], setAside: [] };
  return {
    signals: [],
    setAside: [
      {
        code: `${LIVED_CODE}-set-aside`,
        text: `You set aside "${quoteAsk(tokens, refused)}", so it does not count towards the recommendation.`,
      },
    ],
  };
}
