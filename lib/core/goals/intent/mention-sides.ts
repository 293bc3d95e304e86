/**
 * Which side of the move each role mention is on: the person's role now ("I'm a charge nurse",
 * "from analyst", "HR director now"), the one they are after ("become", "to", "going for",
 * "... is the dream"), a role set aside ("rather than", "not"), someone else's ("my manager"),
 * or a detail of the mention before it ("team lead *in finance operations*").
 */
import { PhraseIndex } from '@/lib/core/roles/phrase-index';
import {
  CURRENT_AFTER,
  CURRENT_BEFORE,
  FOR_NAMES_SOMEONE_AFTER,
  OWN_ROLE_AFTER,
  POSSESSIVES,
  QUALITY_WORDS,
  SET_ASIDE_BEFORE,
  SKIPPED_BEFORE,
  TARGET_AFTER,
  TARGET_BEFORE,
  TO_NAMES_SOMEONE_AFTER,
  WEIGHING_OPTIONS,
} from './cue-words';
import type { GoalWord } from './goal-words';
import type { Mention } from './role-mentions';
import { findPhrases, phraseIndex } from './word-phrases';

export type Side = 'current' | 'target' | 'set-aside' | 'other-person' | 'skill' | 'detail';

export interface SidedMention extends Mention {
  side: Side;
  /** A cue named the side; otherwise it is the reader's default. */
  cued: boolean;
  /** For a detail: the mention it describes. */
  detailOf: number | null;
}

type Cue = 'current' | 'target' | 'set-aside' | 'other-person';

const BEFORE = new PhraseIndex<Cue>([
  ...SET_ASIDE_BEFORE.map((phrase) => [phrase, 'set-aside'] as const),
  ...CURRENT_BEFORE.map((phrase) => [phrase, 'current'] as const),
  ...TARGET_BEFORE.map((phrase) => [phrase, 'target'] as const),
]);
const AFTER_ALWAYS = new PhraseIndex<Cue>([
  ...[
    'now',
    'rn',
    'currently',
    'right now',
    'at the moment',
    'today',
    'since',
    'for years',
    'here',
    'by trade',
    'by background',
  ].map((phrase) => [phrase, 'current'] as const),
  ...TARGET_AFTER.map((phrase) => [phrase, 'target'] as const),
]);
const AFTER_AT_CLAUSE_START = new PhraseIndex<Cue>(
  CURRENT_AFTER.map((phrase) => [phrase, 'current'] as const),
);
const DETAIL_WORDS = new Set([
  'in',
  'within',
  'of',
  'for',
  'career',
  'role',
  'job',
  'position',
  'team',
  'a',
  'the',
]);
const TARGET_VERBS = new Set([
  'want',
  'get',
  'land',
  'make',
  'take',
  'be',
  'become',
  'reach',
  'is',
  'into',
  'to',
]);
const LOOK_BACK = 5;
const WITH_SOMEONE = new Set(['with', 'alongside', 'under', 'beside', 'by', 'shadow', 'shadowing']);
const SOMEONE = new Set([
  'mentor',
  'someone',
  'somebody',
  'person',
  'people',
  'anyone',
  'coach',
  'others',
]);
const OTHER_PERSON_VERBS = new Set([
  'asked',
  'said',
  'says',
  'told',
  'tells',
  'wants',
  'thinks',
  'gave',
  'gives',
  'offered',
  'suggested',
  'suggests',
  'mentioned',
  'recommended',
  'expects',
  'believes',
  'hired',
  'retired',
  'retires',
  'resigned',
  'manages',
  'does',
  'did',
]);
const HELD_FOR =
  /^(for|since) (\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|many|several|some|over) (years?|months?|decades?|yrs?)\b/;
const WEIGHING = phraseIndex(WEIGHING_OPTIONS);

/** The words before a mention back to the clause start or the previous mention, nearest first. */
function wordsBefore(words: readonly GoalWord[], mention: Mention, floor: number): string[] {
  const found: string[] = [];
  for (let at = mention.start - 1; at >= floor && found.length < LOOK_BACK; at--) {
    const word = words[at] as GoalWord;
    if (word.punctuation) break;
    if (SKIPPED_BEFORE.has(word.word) || /^\d+$/.test(word.raw)) continue;
    found.push(word.word);
  }
  return found;
}

/** The first cue before a mention, nearest first; a longer phrase wins at the same place. */
function cueBefore(words: readonly GoalWord[], mention: Mention, floor: number): Cue | null {
  const before = wordsBefore(words, mention, floor);
  const inOrder = [...before].reverse();
  for (let k = 0; k < before.length; k++) {
    const end = inOrder.length - k;
    const match = BEFORE.endingAt(inOrder, end);
    if (!match) continue;
    const word = inOrder[end - 1];
    const previous = inOrder[end - 2] ?? '';
    if (word === 'to' && TO_NAMES_SOMEONE_AFTER.has(previous)) return 'other-person';
    if (word === 'for' && FOR_NAMES_SOMEONE_AFTER.has(previous)) return 'other-person';
    return match.value;
  }
  return null;
}

function cueAfter(words: readonly GoalWord[], mention: Mention, clauseStart: boolean): Cue | null {
  const after = words.slice(mention.end, mention.end + 8);
  const cut = after.findIndex((word) => word.punctuation && word.word !== ',');
  const text = (cut < 0 ? after : after.slice(0, cut)).map((word) => word.word);
  const always = AFTER_ALWAYS.at(text, 0);
  if (always) return always.value;
  // "carpenter for nine years", "a nurse for 10 years": how long it has been held.
  if (HELD_FOR.test(text.slice(0, 3).join(' '))) return 'current';
  if (clauseStart && AFTER_AT_CLAUSE_START.at(text, 0)) return 'current';
  // "SDR to account executive": the first of two roles joined by "to" is the one now.
  if (clauseStart && (text[0] === 'to' || text[0] === 'into')) return 'current';
  // "that's the next step for me", "is the role I want", a little further on.
  const later = text.join(' ');
  if (/\b(the|my) (next step|dream|goal|aim|role i want|job i want)\b/.test(later)) return 'target';
  return null;
}

/** "work with the head of sales", "shadow a director": a role someone else holds. */
function namesSomeoneElse(words: readonly GoalWord[], mention: Mention): boolean {
  const previous = words[mention.start - 1]?.word ?? '';
  const beforeArticle = SKIPPED_BEFORE.has(previous)
    ? (words[mention.start - 2]?.word ?? '')
    : previous;
  if (WITH_SOMEONE.has(beforeArticle)) return true;
  // "a mentor who has been a VP", "someone who made partner".
  const clause = words
    .slice(Math.max(0, mention.start - 6), mention.start)
    .map((word) => word.word);
  const who = clause.lastIndexOf('who');
  return who > 0 && SOMEONE.has(clause[who - 1] ?? '');
}

/** "the CEO asked me", "my old director says": a role named doing something to the person. */
const actsOnThePerson = (words: readonly GoalWord[], mention: Mention) =>
  OTHER_PERSON_VERBS.has(words[mention.end]?.word ?? '');

function isOtherPersons(words: readonly GoalWord[], mention: Mention): boolean {
  const previous = words[mention.start - 1];
  if (!previous || !POSSESSIVES.has(previous.word)) return false;
  if (OWN_ROLE_AFTER.has(words[mention.end]?.word ?? '')) return false;
  const earlier = [words[mention.start - 2]?.word, words[mention.start - 3]?.word];
  return !earlier.some((word) => word !== undefined && TARGET_VERBS.has(word));
}

/** A department right after a role, joined by "in", "career in"...: a detail of that role. */
function detailOf(
  words: readonly GoalWord[],
  mentions: readonly Mention[],
  index: number,
): number | null {
  const mention = mentions[index] as Mention;
  const previous = mentions[index - 1];
  if (mention.kind !== 'area' || !previous || previous.kind === 'area') return null;
  const between = words.slice(previous.end, mention.start);
  if (between.length > 3 || between.length === 0) return null;
  return between.every((word) => DETAIL_WORDS.has(word.word)) ? index - 1 : null;
}

export function sideMentions(
  words: readonly GoalWord[],
  mentions: readonly Mention[],
  isCurrentRole: (mention: Mention) => boolean,
): SidedMention[] {
  const weighing = new Set(
    findPhrases(words, WEIGHING).map((hit) => (words[hit.start] as GoalWord).sentence),
  );
  const results: SidedMention[] = [];
  for (const [index, mention] of mentions.entries()) {
    results.push(sideOne(words, mentions, index, mention, results, weighing, isCurrentRole));
  }
  return results;
}

/** "executive assistant to a CEO": a role right after a wanted one, joined by "to", is someone else. */
function servesAnother(
  words: readonly GoalWord[],
  mention: Mention,
  previous: SidedMention | undefined,
): boolean {
  if (!previous || previous.side !== 'target') return false;
  const between = words.slice(previous.end, mention.start).map((word) => word.word);
  return between[0] === 'to' && between.slice(1).every((word) => SKIPPED_BEFORE.has(word));
}

function sideOne(
  words: readonly GoalWord[],
  mentions: readonly Mention[],
  index: number,
  mention: Mention,
  earlier: readonly SidedMention[],
  weighing: ReadonlySet<number>,
  isCurrentRole: (mention: Mention) => boolean,
): SidedMention {
  const sided = (side: Side, cued = true, detail: number | null = null): SidedMention => ({
    ...mention,
    side,
    cued,
    detailOf: detail,
  });
  if (servesAnother(words, mention, earlier[earlier.length - 1])) return sided('other-person');
  const sentence = words[mention.start]?.sentence;
  if (weighing.has(sentence ?? -1)) return sided('set-aside');
  if (mention.negated) {
    // "I'm not a manager yet" wants to be one.
    const rest = words.slice(mention.end).filter((word) => word.sentence === sentence);
    return sided(rest.some((word) => word.word === 'yet') ? 'target' : 'set-aside');
  }
  const detail = detailOf(words, mentions, index);
  if (detail !== null) return sided('detail', true, detail);
  // "be a better manager", "get better at stakeholder management": a skill, not a role.
  const near = words.slice(Math.max(0, mention.start - 3), mention.start);
  if (near.some((word) => QUALITY_WORDS.has(word.word))) return sided('skill');
  if (isOtherPersons(words, mention) || namesSomeoneElse(words, mention)) {
    return sided('other-person');
  }
  const floor = index > 0 ? (mentions[index - 1] as Mention).end : 0;
  const sentenceStart = words.findIndex((word) => word.sentence === words[mention.start]?.sentence);
  const opening = words[sentenceStart]?.word === 'as' && mention.start - sentenceStart <= 2;
  if (opening) return sided('current');
  const before = cueBefore(words, mention, floor);
  const clauseStart = wordsBefore(words, mention, floor).length === 0;
  const after = cueAfter(words, mention, clauseStart && before === null);
  const cue =
    before === 'set-aside'
      ? before
      : after === 'current' && before !== 'target'
        ? after
        : (before ?? after);
  if (cue) return sided(cue);
  if (actsOnThePerson(words, mention)) return sided('other-person');
  return sided(isCurrentRole(mention) ? 'current' : 'target', false);
}
