/**
 * Finds the cues in a goal: runs the compiled patterns over the tokens (tolerating typos),
 * then checks each hit's context and polarity. Returns every hit, wanted or set aside.
 */
import { isAimedAt, isMovingInto } from './context';
import type { Cue } from './cues/cue';
import type { CompiledPattern } from './lexicon';
import { correction, patternsStartingWith, prefixPatterns } from './lexicon';
import type { GoalToken } from './nlp';
import type { Step } from './pattern';
import type { Polarity } from './polarity';
import { polarityOf } from './polarity';

export interface CueHit {
  cue: Cue;
  polarity: Polarity;
  /** The goal's own words that matched, typos shown as the word they were read as. */
  found: string;
  /** Token positions of the match, so a later reading can tell which clause it sits in. */
  start: number;
  end: number;
}

interface Keyed extends GoalToken {
  /** Stem of the lexicon word a misspelt token was read as. */
  corrected?: string;
  correctedWord?: string;
}

function accepts(step: Step, token: Keyed): boolean {
  const { words, exact, prefix } = step.slot;
  if (prefix !== undefined)
    return token.normal.startsWith(prefix) && token.normal.length > prefix.length;
  if (exact.has(token.normal) || exact.has(token.correctedWord ?? '')) return true;
  return (
    words.has(token.stem) ||
    words.has(token.normal) ||
    (token.corrected !== undefined && words.has(token.corrected))
  );
}

/** Index of the last token of a match starting at `start`, or -1. */
function matchFrom(
  tokens: readonly Keyed[],
  steps: readonly Step[],
  k: number,
  from: number,
): number {
  const step = steps[k];
  if (!step) return from - 1;
  for (let i = from; i < tokens.length && i <= from + step.maxGap; i++) {
    const token = tokens[i];
    if (!token) break;
    if (accepts(step, token)) {
      const end = matchFrom(tokens, steps, k + 1, i + 1);
      if (end >= 0) return end;
    }
    if (token.boundary) break;
  }
  return -1;
}

/** The words at [start, end] as the goal wrote them, for quoting back in a reason. */
export function describe(tokens: readonly Keyed[], start: number, end: number): string {
  return tokens
    .slice(start, end + 1)
    .map((token, i) => `${i === 0 ? '' : token.space}${token.correctedWord ?? token.value}`)
    .join('')
    .replace(/\s+/g, ' ');
}

function voided(
  entry: CompiledPattern,
  tokens: readonly Keyed[],
  start: number,
  end: number,
): boolean {
  const unless = entry.unless;
  if (unless === undefined) return false;
  return tokens.slice(start, end + 1).some((token) => unless.has(token.stem));
}

function contextHolds(
  entry: CompiledPattern,
  tokens: readonly Keyed[],
  start: number,
  end: number,
): boolean {
  if (voided(entry, tokens, start, end)) return false;
  if (entry.cue.notBefore?.split(' ').includes(tokens[end + 1]?.normal ?? '')) return false;
  if (entry.cue.context === 'aimed') return isAimedAt(tokens, start, end);
  if (entry.cue.context === 'gap') return !isMovingInto(tokens, start);
  return true;
}

// Which patterns can start at a token depends only on its normal form and stem (a typo fix
// follows from those two), so the list is worked out once per distinct word.
const candidateCache = new Map<string, Map<string, readonly CompiledPattern[]>>();

function candidatesFor(token: Keyed): readonly CompiledPattern[] {
  let byStem = candidateCache.get(token.normal);
  if (byStem === undefined) {
    if (candidateCache.size > 50_000) candidateCache.clear();
    byStem = new Map();
    candidateCache.set(token.normal, byStem);
  }
  let list = byStem.get(token.stem);
  if (list === undefined) {
    const found = new Set<CompiledPattern>(token.normal.includes('-') ? prefixPatterns() : []);
    for (const form of [token.stem, token.normal, token.corrected]) {
      if (form !== undefined) for (const entry of patternsStartingWith(form)) found.add(entry);
    }
    list = [...found];
    byStem.set(token.stem, list);
  }
  return list;
}

function withCorrections(goalTokens: readonly GoalToken[]): Keyed[] {
  const tokens: Keyed[] = [];
  for (const token of goalTokens) {
    const fix = correction(token.normal, token.stem);
    tokens.push(
      fix === undefined ? token : { ...token, corrected: fix.stem, correctedWord: fix.word },
    );
  }
  return tokens;
}

/**
 * Every hit, in reading order. Repeats of a cue are kept: one may sit inside a clause that
 * does not count (a lived-experience ask) while another, later, does.
 */
export function findCues(goalTokens: readonly GoalToken[]): CueHit[] {
  const tokens = withCorrections(goalTokens);
  const hits: CueHit[] = [];
  for (let start = 0; start < tokens.length; start++) {
    const token = tokens[start];
    if (!token) continue;
    for (const entry of candidatesFor(token)) {
      const end = matchFrom(tokens, entry.pattern, 0, start);
      if (end < 0 || !contextHolds(entry, tokens, start, end)) continue;
      const polarity = polarityOf(tokens, start, end);
      hits.push({ cue: entry.cue, polarity, found: describe(tokens, start, end), start, end });
    }
  }
  return hits;
}
