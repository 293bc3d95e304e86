/**
 * Reads the structure of a title from its lexicon words: the rank, the department or
 * discipline, the job noun, and what they say about level and function. It is the one
 * reading behind `normaliseRole`, `canonicalFunction` and the goal reader's role mentions.
 */
import { FUNCTION_ALIASES, FUNCTION_TITLES, functionsNamedIn } from './function-lookup';
import { PhraseIndex } from './phrase-index';
import {
  CRAFT_DIRECTOR_KINDS,
  INDIVIDUAL_MANAGER_KINDS,
  JOB_NOUNS,
  LARGE_UNIT_WORDS,
  RANK_HEADS,
  SENIORITY_WORDS,
  TITLE_FACTS,
  TITLE_SYNONYMS,
  type TitleFacts,
} from './title-lexicon';

/** How a title is written back: "Chief X Officer", "Director of X", or its words in order. */
export type TitleShape =
  | { kind: 'chief'; middle: string[] }
  | {
      kind: 'department';
      rank: 'vp' | 'director';
      prefix: string[];
      department: string[];
      unit: string[];
    }
  | { kind: 'words'; words: string[] };

export interface TitleReading {
  /** False when the words name a department or discipline but no role ("product management"). */
  isTitle: boolean;
  shape: TitleShape;
  level: number | null;
  /** The level comes from a rank or a known title, not the plain default for a job noun. */
  levelStated: boolean;
  /** The functions the title names, most telling first. */
  functions: string[];
  leadsPeople: boolean;
  founder: boolean;
  boardSeat: boolean;
  generalManagement: boolean;
  /** A rank with no department ("VP", "director", "manager"): a function completes it. */
  rankOnly: boolean;
}

const SYNONYMS = new PhraseIndex<string[]>(
  Object.entries(TITLE_SYNONYMS).map(([phrase, meaning]) => [phrase, meaning.split(' ')] as const),
);
const FACTS = new PhraseIndex<TitleFacts>(Object.entries(TITLE_FACTS));
const FILLER = new Set(['a', 'an', 'the', 'my', 'our', 'role', 'job', 'position', 'title', 'post']);
const OF_RANKS = new Set([
  'head',
  'director',
  'vp',
  'manager',
  'lead',
  'leader',
  'president',
  'chair',
]);
const SPLITTERS = new Set(['and', 'or', 'then']);
const DEPARTMENT_HEADS = new Set(['director', 'head']);
/** Unit words that qualify the rank ("Regional Director") rather than name a place. */
const UNIT_ADJECTIVES = new Set(['regional', 'global', 'international', 'divisional', 'group']);
const RANK_PREFIXES = new Set([
  ...Object.keys(SENIORITY_WORDS),
  'deputy',
  'executive',
  'head',
  'managing',
]);
const DEPARTMENT_FILLER = new Set(['for', 'at', 'in', 'across', 'the', 'of']);
const DEVELOPER_NOUNS = new Set(['developer', 'programmer', 'coder']);

export function applySynonyms(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length;) {
    const match = SYNONYMS.at(words, i);
    // A phrase already written in full ("deputy head teacher") is not expanded again.
    const written = match && match.value.every((word, k) => words[i + k] === word);
    if (match && written) {
      out.push(...match.value);
      i += match.value.length;
    } else if (match) {
      out.push(...match.value);
      i += match.length;
    } else out.push(words[i++] as string);
  }
  return out;
}

const isHeadWord = (word: string) => RANK_HEADS[word] !== undefined || JOB_NOUNS.has(word);

/** Where the title's head ends: a known title phrase or a job noun, the last one written. */
function headIndex(words: readonly string[]): number {
  for (let i = words.length - 1; i >= 0; i--) {
    if (FACTS.endingAt(words, i + 1) || FUNCTION_TITLES.endingAt(words, i + 1)) return i;
    if (isHeadWord(words[i] as string)) return i;
  }
  return -1;
}

export function hasTitleHead(words: readonly string[]): boolean {
  return headIndex(applySynonyms(words)) >= 0;
}

const NO_FLAGS = { leadsPeople: false, founder: false, boardSeat: false, generalManagement: false };

function area(words: string[]): TitleReading {
  return {
    isTitle: false,
    shape: { kind: 'words', words },
    level: null,
    levelStated: false,
    functions: functionsNamedIn(words),
    ...NO_FLAGS,
    rankOnly: false,
  };
}

function chiefTitle(words: string[], at: number): TitleReading | null {
  if (words[at + 1] === 'of' && words[at + 2] === 'staff') {
    return plainTitle(['chief', 'of', 'staff'], 2);
  }
  const officer = words.indexOf('officer', at + 1);
  if (officer < 0) return null;
  const middle = words.slice(at + 1, officer);
  const phrase = ['chief', ...middle, 'officer'].join(' ');
  const facts = FACTS.get(phrase) ?? {};
  const deputy = words.slice(0, at).includes('deputy');
  const titled = FUNCTION_TITLES.get(phrase);
  return {
    isTitle: true,
    shape: { kind: 'chief', middle },
    level: deputy ? 7 : 8,
    levelStated: true,
    functions: titled ? [...titled] : functionsNamedIn(middle),
    ...NO_FLAGS,
    leadsPeople: true,
    generalManagement: facts.generalManagement === true,
    rankOnly: false,
  };
}

function departmentTitle(
  rank: 'vp' | 'director',
  before: string[],
  written: string[],
): TitleReading {
  const department = written.filter((word) => !DEPARTMENT_FILLER.has(word));
  const unit = [...before, ...department].filter((word) => LARGE_UNIT_WORDS.has(word));
  const prefix = before.filter((word) => RANK_PREFIXES.has(word) && word !== 'head');
  const named = department.filter((word) => !LARGE_UNIT_WORDS.has(word) && word !== 'and');
  let level = rank === 'vp' ? 7 : unit.length > 0 ? 7 : 6;
  if (prefix.includes('deputy') || prefix.includes('associate') || prefix.includes('assistant')) {
    level = rank === 'vp' ? 6 : 5;
  }
  return {
    isTitle: true,
    shape: {
      kind: 'department',
      rank,
      prefix,
      department: department.filter((word) => !LARGE_UNIT_WORDS.has(word)),
      unit,
    },
    level,
    levelStated: true,
    functions: functionsNamedIn(named),
    ...NO_FLAGS,
    leadsPeople: true,
    rankOnly: named.length === 0,
  };
}

function managerKindIsIndividual(modifiers: readonly string[]): boolean {
  const last = modifiers.slice(-1).join(' ');
  const lastTwo = modifiers.slice(-2).join(' ');
  return INDIVIDUAL_MANAGER_KINDS.has(lastTwo) || INDIVIDUAL_MANAGER_KINDS.has(last);
}

/** Level after a seniority word written before the title ("senior", "junior", "deputy"). */
function adjustLevel(level: number, rank: string, peopleManager: boolean, head: string): number {
  switch (rank) {
    case 'senior':
    case 'experienced':
      return level >= 5 ? (level === 5 && peopleManager ? 6 : level) : 4;
    case 'junior':
      return level >= 5 ? level - 1 : 2;
    case 'lead':
      return Math.max(level, 4);
    case 'staff':
    case 'principal':
      return Math.max(level, 5);
    case 'distinguished':
      return Math.max(level, 6);
    case 'mid':
    case 'intermediate':
      return 3;
    case 'associate':
    case 'assistant':
      return RANK_HEADS[head] ? Math.max(level - 1, 2) : 2;
    case 'deputy':
      return Math.max(level - 1, 1);
    case 'head':
      return Math.max(level, 5);
    case 'executive':
      return level >= 6 ? 7 : level;
    default:
      return SENIORITY_WORDS[rank] === 1 ? 1 : level;
  }
}

function plainTitle(words: string[], head: number): TitleReading {
  const headWord = words[head] as string;
  const upToHead = words.slice(0, head + 1);
  const fact = FACTS.endingAt(upToHead, head + 1);
  const factStart = fact ? fact.start : head;
  const before = words.slice(0, factStart);
  const ranks = before.filter((word) => RANK_PREFIXES.has(word));
  const modifiers = before.filter((word) => !RANK_PREFIXES.has(word));
  const inFact = words.slice(factStart, head);
  const facts = fact?.value ?? {};
  const individualManager =
    headWord === 'manager' && managerKindIsIndividual([...modifiers, ...inFact]);
  const craftDirector =
    headWord === 'director' && modifiers.some((word) => CRAFT_DIRECTOR_KINDS.has(word));

  let level: number | null;
  let levelStated = true;
  if (facts.level !== undefined) level = facts.level;
  else if (individualManager) level = 3;
  else if (craftDirector) level = 5;
  else if (RANK_HEADS[headWord]) level = RANK_HEADS[headWord].level;
  else {
    level = 3;
    levelStated = false;
  }
  const rankHead = RANK_HEADS[headWord];
  const peopleManager = headWord === 'manager' && !individualManager;
  let leadsPeople =
    facts.leadsPeople ?? (rankHead?.leadsPeople === true && !individualManager && !craftDirector);
  if (level !== null) {
    for (const rank of ranks) {
      level = adjustLevel(level, rank, peopleManager, headWord);
      levelStated = true;
    }
  }
  if (ranks.includes('lead') || ranks.includes('head')) leadsPeople = true;

  // "Developer" and "engineer" name one role; a bare one writes software.
  let shown = [...ranks, ...modifiers, ...words.slice(factStart, head + 1)];
  if (DEVELOPER_NOUNS.has(headWord)) {
    shown = shown.map((word, i) => (i === shown.length - 1 ? 'engineer' : word));
    if (modifiers.length === 0 && inFact.length === 0)
      shown.splice(shown.length - 1, 0, 'software');
  }
  if (headWord === 'nurse' && modifiers.length === 0 && inFact.length === 0) {
    shown.splice(shown.length - 1, 0, 'registered');
  }
  const phrase = words.slice(factStart, head + 1);
  const titled = FUNCTION_TITLES.endingAt(upToHead, head + 1);
  const specific = titled && titled.length > 1 ? titled.value : [];
  const general = titled && titled.length === 1 ? titled.value : [];
  const described = [...modifiers, ...inFact];
  // A job noun can describe another ("nurse practitioner", "pharmacy technician").
  const describedByJob = FUNCTION_TITLES.all(described).flatMap((match) => match.value);
  const functions = [
    ...new Set([...specific, ...functionsNamedIn(described), ...describedByJob, ...general]),
  ];
  return {
    isTitle: true,
    shape: { kind: 'words', words: shown },
    level,
    levelStated,
    functions,
    leadsPeople,
    founder: facts.founder === true,
    boardSeat: facts.boardSeat === true,
    generalManagement: facts.generalManagement === true,
    rankOnly:
      modifiers.length === 0 &&
      phrase.length === 1 &&
      (headWord === 'manager' || headWord === 'director' || headWord === 'head'),
  };
}

function readOne(words: string[]): TitleReading {
  const chief = words.indexOf('chief');
  if (chief >= 0) {
    const reading = chiefTitle(words, chief);
    if (reading) return reading;
  }
  const of = words.indexOf('of');
  const ofRank = of > 0 ? (words[of - 1] as string) : '';
  if (of > 0 && of < words.length - 1 && OF_RANKS.has(ofRank)) {
    const whole = FACTS.get(words.join(' '));
    const department = words.slice(of + 1);
    const before = words.slice(0, of - 1);
    const craft = department.some((word) => CRAFT_DIRECTOR_KINDS.has(word));
    if (whole) return plainTitle(words, words.length - 1);
    if (craft) return plainTitle(words.slice(0, of), of - 1);
    if (ofRank === 'vp') return departmentTitle('vp', before, department);
    if (DEPARTMENT_HEADS.has(ofRank)) return departmentTitle('director', before, department);
    // "Manager of X" is an X manager, "lead of X" an X lead.
    return readOne([...before, ...department, ofRank]);
  }
  const vp = words.indexOf('vp');
  if (vp >= 0) return departmentTitle('vp', words.slice(0, vp), words.slice(vp + 1));

  const head = headIndex(words);
  if (head < 0) return area(words);
  const headWord = words[head] as string;
  const before = words.slice(0, head);
  const fact = FACTS.endingAt(words.slice(0, head + 1), head + 1);
  const craft = before.some((word) => CRAFT_DIRECTOR_KINDS.has(word));
  if (DEPARTMENT_HEADS.has(headWord) && !craft && !(fact && fact.length > 1)) {
    const department = before.filter(
      (word) => !RANK_PREFIXES.has(word) && !UNIT_ADJECTIVES.has(word),
    );
    const after = words.slice(head + 1).filter((word) => LARGE_UNIT_WORDS.has(word));
    return departmentTitle(
      'director',
      before.filter((word) => !department.includes(word)),
      [...department, ...after],
    );
  }
  // A nurse with no other word is a registered nurse ("Senior Nurse" a senior one).
  if (headWord === 'nurse' && before.every((word) => RANK_PREFIXES.has(word))) {
    return readOne([...before, 'registered', 'nurse', ...words.slice(head + 1)]);
  }
  const reading = plainTitle(words, head);
  const unit = words.slice(head + 1).filter((word) => LARGE_UNIT_WORDS.has(word));
  if (unit.length > 0 && reading.shape.kind === 'words') {
    reading.shape = { kind: 'words', words: [...reading.shape.words, ...unit] };
  }
  return reading;
}

const levelOrder = (reading: TitleReading) => reading.level ?? 0;

/** Reads a title's lexicon words (see `titleWords`); "Co-founder & CEO" reads as its higher role. */
export function readTitle(input: readonly string[]): TitleReading {
  const words = applySynonyms(input.filter((word) => !FILLER.has(word)));
  const parts: string[][] = [[]];
  for (const word of words) {
    if (SPLITTERS.has(word)) parts.push([]);
    else parts[parts.length - 1]?.push(word);
  }
  const titled = parts.filter((part) => part.length > 0 && headIndex(part) >= 0);
  if (parts.length > 1 && titled.length === parts.length) {
    const readings = titled.map(readOne);
    return readings.reduce((best, next) => (levelOrder(next) > levelOrder(best) ? next : best));
  }
  return readOne(words);
}

/**
 * The canonical name a department's words stand for, when they name the whole function
 * ("HR" is People) rather than a part of it ("Talent Acquisition" stays as written).
 */
export function departmentName(words: readonly string[]): string | null {
  return FUNCTION_ALIASES.get(words.join(' ')) ?? null;
}
