/**
 * Finds the roles a goal names: runs of title words ("radiology services manager", "VP of
 * Engineering"), departments and disciplines ("into product management"), ranks on their own
 * ("director level", "move into management") and a few phrasings that name a role without a
 * title ("run a concert hall", "teach English", "a seat on a board"). Whether each is the
 * person's role now or the one they want is decided later (mention-sides.ts).
 */
import { FUNCTION_NAMES, functionsNamedIn } from '@/lib/core/roles/function-lookup';
import { readTitle, type TitleReading } from '@/lib/core/roles/read-title';
import { LARGE_UNIT_WORDS } from '@/lib/core/roles/title-lexicon';
import { ROLE_VOCABULARY } from '@/lib/core/roles/vocabulary';
import { isPlaceName } from './countries';
import { disciplineTitle } from './discipline-titles';
import {
  GRADE_LEVELS,
  MANAGEMENT_WORDS,
  NEVER_IN_TITLE,
  QUALITY_WORDS,
  RANK_ONLY_LEVELS,
  RUN_VERBS,
  RUNS_ORGANISATION,
  SKIPPED_BEFORE,
  TITLE_EXTRAS,
  TO_NAMES_SOMEONE_AFTER,
  UNIT_NOUNS,
} from './cue-words';
import type { GoalWord } from './goal-words';

export type MentionKind = 'title' | 'area' | 'rank';

export interface Mention {
  /** Word positions [start, end) in the goal; a phrasing's verb counts as its start. */
  start: number;
  end: number;
  words: string[];
  kind: MentionKind;
  reading: TitleReading;
  /** The functions the mention names. */
  functions: string[];
  /** For a rank on its own: its level, and the seniority word when it is one ("senior"). */
  rankLevel: number | null;
  seniority: string | null;
  negated: boolean;
}

const ROLE_NOUNS = new Set(['role', 'position', 'job', 'career', 'post']);
const RANK_ENDINGS = new Set([
  'role',
  'position',
  'grade',
  'status',
  'rank',
  'by',
  'within',
  'this',
  'next',
  'in',
  'one',
  'eventually',
  'soon',
  'and',
]);
const SIZE_WORDS = new Set([
  'small',
  'large',
  'big',
  'bigger',
  'larger',
  'growing',
  'new',
  'great',
  'strong',
]);
const UNIT_JOINERS = new Set(['for', 'in', 'across', 'covering', ',', '-']);
const OF_RANKS = new Set(['head', 'director', 'vp', 'manager', 'chief', 'lead', 'leader']);
const NOUNISH = new Set(['NOUN', 'PROPN', 'ADJ']);
// A rank word standing alone is usually a verb or an adjective ("lead the team", "a senior
// stakeholder"); it names a role only where these say so.
const LONE_WORDS_NEEDING_CONTEXT = new Set([
  'lead',
  'head',
  'partner',
  'executive',
  'associate',
  'officer',
  'assistant',
  'resident',
  'chair',
  'president',
  'agent',
  'worker',
  'producer',
  'graduate',
  'general',
  'staff',
  'principal',
  'member',
  'team',
  'level',
  'people',
  'coach',
]);
const BECOMING = new Set([
  'become',
  'becoming',
  'be',
  'as',
  'qualified',
  'certified',
  'train',
  'retrain',
]);
const PARTNER_BEFORE = new Set([
  'make',
  'made',
  'become',
  'becoming',
  'to',
  'as',
  'equity',
  'salaried',
]);

const isRoleWord = (word: GoalWord) =>
  !word.punctuation &&
  !NEVER_IN_TITLE.has(word.word) &&
  (ROLE_VOCABULARY.has(word.word) || TITLE_EXTRAS.has(word.word));

// A noun the lexicon does not know may still open a title ("wine buyer", "radiology services
// manager"), but only when a known title word follows it.
const isLooseNoun = (word: GoalWord) =>
  !word.punctuation &&
  /^[a-z]+$/.test(word.word) &&
  NOUNISH.has(word.pos) &&
  !NEVER_IN_TITLE.has(word.word) &&
  !SKIPPED_BEFORE.has(word.word) &&
  !QUALITY_WORDS.has(word.word) &&
  !isPlaceName(word.word);

function mention(
  words: readonly GoalWord[],
  start: number,
  end: number,
  kind: MentionKind,
  reading: TitleReading,
  extra: Partial<Mention> = {},
): Mention {
  const span = words.slice(start, end);
  return {
    start,
    end,
    words: span.map((word) => word.word),
    kind,
    reading,
    functions: reading.functions,
    rankLevel: null,
    seniority: null,
    negated: span.some((word) => word.negated && !word.punctuation),
    ...extra,
  };
}

const titleOf = (phrase: string) => readTitle(phrase.split(' '));

/** Reads a run of title words as a title, a department or a rank on its own. */
/** The nearest word before a mention that is not an article or a describing word. */
function wordBefore(words: readonly GoalWord[], start: number): string {
  for (let at = start - 1; at >= 0; at--) {
    const word = words[at] as GoalWord;
    if (word.punctuation) return '';
    if (!SKIPPED_BEFORE.has(word.word) && !NEVER_IN_TITLE.has(word.word)) return word.word;
    if (PARTNER_BEFORE.has(word.word)) return word.word;
  }
  return '';
}

/** "Head of Sales for EMEA": a unit named just after a title belongs to it. */
function unitAfter(words: readonly GoalWord[], end: number): string | null {
  const next = words[end]?.word ?? '';
  if (LARGE_UNIT_WORDS.has(next)) return next;
  const following = words[end + 1]?.word ?? '';
  return UNIT_JOINERS.has(next) && LARGE_UNIT_WORDS.has(following) ? following : null;
}

function readRun(words: readonly GoalWord[], start: number, end: number): Mention | null {
  const text = words.slice(start, end).map((word) => word.word);
  const unit = unitAfter(words, end);
  if (unit && (text.includes('head') || text.includes('director') || text.includes('vp')))
    text.push(unit);
  const joined = text.join(' ');
  const before = words[start - 1]?.word;
  const after = words[end]?.word;
  if (text[text.length - 1] === 'level' && text.length > 1) {
    const rank = text.slice(0, -1).join(' ');
    if (RANK_ONLY_LEVELS[rank] !== undefined) {
      return mention(words, start, end, 'rank', readTitle([]), {
        rankLevel: RANK_ONLY_LEVELS[rank],
        seniority: rank === 'c' || rank === 'board' || rank === 'executive' ? null : rank,
        functions: [],
      });
    }
    const reading = readTitle(text.slice(0, -1));
    return reading.isTitle ? mention(words, start, end, 'title', reading) : null;
  }
  if (joined === 'c suite' || joined === 'csuite') {
    return mention(words, start, end, 'rank', readTitle([]), { rankLevel: 8, functions: [] });
  }
  const management = MANAGEMENT_WORDS[joined];
  const last = text[text.length - 1] ?? '';
  // "Engineering management" is a rank in a function; "project management" or "time
  // management" is a skill, and no rank at all.
  const ofFunction =
    (last === 'management' || last === 'leadership') &&
    text.length > 1 &&
    FUNCTION_NAMES.get(text.slice(0, -1).join(' ')) !== undefined;
  const previous = words[start - 1];
  const compound = previous !== undefined && !previous.punctuation && previous.pos === 'NOUN';
  if (!FUNCTION_NAMES.get(joined) && (ofFunction || (management !== undefined && !compound))) {
    return mention(words, start, end, 'rank', readTitle([]), {
      rankLevel: management ?? 5,
      functions: functionsNamedIn(text.slice(0, -1)),
    });
  }
  // "promoted to senior" names a rank; "presenting to senior stakeholders" does not.
  const rankEnds = after === undefined || words[end]?.punctuation || RANK_ENDINGS.has(after);
  const toSomeone = TO_NAMES_SOMEONE_AFTER.has(words[start - 2]?.word ?? '');
  // "a senior role" names a rank too.
  const roleAfter = after === 'role' || after === 'position' || after === 'job';
  const rankOnly = (before === 'to' && rankEnds && !toSomeone) || roleAfter;
  if (text.length === 1 && RANK_ONLY_LEVELS[joined] !== undefined && rankOnly) {
    return mention(words, start, end, 'rank', readTitle([]), {
      rankLevel: RANK_ONLY_LEVELS[joined] ?? null,
      seniority: joined,
      functions: [],
    });
  }
  if (text.length === 1 && LONE_WORDS_NEEDING_CONTEXT.has(joined)) {
    const partner =
      joined === 'partner' && PARTNER_BEFORE.has(wordBefore(words, start)) && after !== 'with';
    const leadRole = joined === 'lead' && (after === 'role' || after === 'position');
    // "become a coach" is a job; "I need a coach" is the help the goal asks for.
    const coach = joined === 'coach' && BECOMING.has(wordBefore(words, start));
    if (!partner && !leadRole && !coach) return null;
  }
  const reading = readTitle(text);
  if (reading.isTitle) return mention(words, start, end, 'title', reading);
  // "a project management role", "a data science job": the discipline's role.
  const discipline = ROLE_NOUNS.has(after ?? '') ? disciplineTitle(text) : null;
  if (discipline) return mention(words, start, end + 1, 'title', readTitle(discipline.split(' ')));
  if (reading.functions.length === 0) return null;
  return mention(words, start, end, 'area', reading);
}

/** Runs of title words, split where a word cannot be part of a title. */
function titleRuns(words: readonly GoalWord[]): Mention[] {
  const found: Mention[] = [];
  for (let i = 0; i < words.length;) {
    const first = words[i] as GoalWord;
    if (!isRoleWord(first) && !isLooseNoun(first)) {
      i++;
      continue;
    }
    let end = i;
    while (end < words.length) {
      const word = words[end] as GoalWord;
      const glue =
        word.word === 'of' &&
        OF_RANKS.has(words[end - 1]?.word ?? '') &&
        words[end + 1] !== undefined &&
        isRoleWord(words[end + 1] as GoalWord);
      if (!(isRoleWord(word) || isLooseNoun(word) || glue)) break;
      end++;
    }
    // Loose nouns count only in front of a title word.
    let start = i;
    while (start < end && !isRoleWord(words[start] as GoalWord)) start++;
    if (start > i) start = Math.max(i, start - 2);
    let stop = end;
    while (stop > start && !isRoleWord(words[stop - 1] as GoalWord)) stop--;
    if (stop > start) {
      const read = readRun(words, start, stop);
      if (read) found.push(read);
    }
    i = Math.max(end, i + 1);
  }
  return found;
}

/** "to run a concert hall", "lead the whole people team", "run my own research group". */
function runPhrasing(
  words: readonly GoalWord[],
  runs: readonly Mention[],
  verbAt: number,
): Mention | null {
  const verb = words[verbAt];
  if (!verb || !RUN_VERBS.has(verb.word) || words[verbAt - 1]?.word !== 'to' || verb.negated) {
    return null;
  }
  let at = verbAt + 1;
  if (words[at]?.word === 'up') at++;
  let whole = false;
  while (
    words[at] &&
    (SKIPPED_BEFORE.has(words[at]?.word ?? '') || SIZE_WORDS.has(words[at]?.word ?? ''))
  ) {
    if (words[at]?.word === 'whole' || words[at]?.word === 'entire') whole = true;
    at++;
  }
  const object = words[at]?.word ?? '';
  if (object === 'team' || object === 'people' || object === 'others') {
    const rank = verb.word === 'lead' ? 'team lead' : 'manager';
    return mention(words, verbAt, at + 1, 'title', titleOf(rank));
  }
  const pair = `${object} ${words[at + 1]?.word ?? ''}`;
  const organisation = RUNS_ORGANISATION[pair] ?? RUNS_ORGANISATION[object];
  if (organisation) {
    const end = RUNS_ORGANISATION[pair] ? at + 2 : at + 1;
    return mention(words, verbAt, end, 'title', titleOf(organisation));
  }
  const run = runs.find((candidate) => candidate.start === at);
  if (!run || run.kind === 'title') return null;
  // "lead the data team" is its manager; "run engineering", "the whole people team" its head.
  const unitAfter = UNIT_NOUNS.has(words[run.end]?.word ?? '');
  const team = unitAfter || run.words.some((word) => UNIT_NOUNS.has(word));
  const named = run.words.filter((word) => !UNIT_NOUNS.has(word));
  const managed = team && !whole && (verb.word === 'lead' || verb.word === 'manage');
  const reading = managed ? readTitle([...named, 'manager']) : readTitle(['head', 'of', ...named]);
  return mention(words, verbAt, run.end + (unitAfter ? 1 : 0), 'title', reading);
}

/** "teach English in Japan": a teacher of that subject. */
function teachPhrasing(words: readonly GoalWord[], at: number): Mention | null {
  const subject = words[at + 1];
  if (words[at]?.word !== 'teach' || !subject || subject.punctuation) return null;
  if (!/^[a-z]+$/.test(subject.word) || SKIPPED_BEFORE.has(subject.word) || subject.negated) {
    return null;
  }
  return mention(words, at, at + 2, 'title', readTitle([subject.word, 'teacher']));
}

const BOARD_SEAT_VERBS = new Set([
  'seat',
  'join',
  'joining',
  'sit',
  'sitting',
  'place',
  'role',
  'position',
]);

/** "a seat on a non-profit board", "join the board of a charity", "a board role". */
function boardSeat(words: readonly GoalWord[], at: number): Mention | null {
  if (words[at]?.word !== 'board' || words[at]?.negated) return null;
  const next = words[at + 1]?.word ?? '';
  const seatAfter = ['seat', 'role', 'position', 'level'].includes(next);
  let verbAt = -1;
  for (let back = at - 1; back >= Math.max(0, at - 5); back--) {
    const word = words[back] as GoalWord;
    if (word.punctuation) break;
    if (BOARD_SEAT_VERBS.has(word.word)) {
      verbAt = back;
      break;
    }
  }
  if (verbAt < 0 && !seatAfter) return null;
  return mention(
    words,
    verbAt < 0 ? at : verbAt,
    seatAfter ? at + 2 : at + 1,
    'title',
    titleOf('non executive board member'),
  );
}

/** "band 7", "Grade 6": a rank on a public-sector pay scale. */
function gradePhrasing(words: readonly GoalWord[], at: number): Mention | null {
  const scale = GRADE_LEVELS[words[at]?.word ?? ''];
  const level = scale?.[words[at + 1]?.word ?? ''];
  if (level === undefined) return null;
  return mention(words, at, at + 2, 'rank', readTitle([]), { rankLevel: level, functions: [] });
}

export function findMentions(words: readonly GoalWord[]): Mention[] {
  const runs = titleRuns(words);
  const phrased: Mention[] = [];
  for (let i = 0; i < words.length; i++) {
    const found =
      runPhrasing(words, runs, i) ??
      teachPhrasing(words, i) ??
      boardSeat(words, i) ??
      gradePhrasing(words, i);
    if (found) phrased.push(found);
  }
  // A phrasing stands for the runs inside it ("run a concert hall" for "concert hall").
  const kept = runs.filter((run) => !phrased.some((p) => run.start < p.end && p.start < run.end));
  return [...kept, ...phrased].sort((a, b) => a.start - b.start);
}
