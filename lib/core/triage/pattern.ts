/**
 * A tiny phrase language for the cue lexicon, so cues read like the words people write:
 *   "get|getting better ~ at"  alternatives with "|", "~" lets up to four words sit between,
 *   "ex-*" matches any word starting with "ex-", "=manager" matches that exact word only
 *   (stems would also let "management" and "managing" in).
 * Words are run through wink's own stemmer when compiled, so "presenting" in a pattern and
 * "presentation" in a goal meet on the same stem.
 */
import { stemWord } from './nlp';

export interface Slot {
  /** Stems and normal forms this slot accepts. */
  words: ReadonlySet<string>;
  /** Normal forms accepted only as written ("=manager"). */
  exact: ReadonlySet<string>;
  /** For "ex-*": any normal form starting with this. */
  prefix?: string;
}

export interface Step {
  slot: Slot;
  /** How many words may sit between the previous step and this one. */
  maxGap: number;
}

export type Pattern = readonly Step[];

const GAP = 4;

function compileSlot(alternatives: string): Slot {
  if (alternatives.endsWith('*'))
    return { words: new Set(), exact: new Set(), prefix: alternatives.slice(0, -1) };
  const words = new Set<string>();
  const exact = new Set<string>();
  for (const word of alternatives.split('|')) {
    if (word.startsWith('=')) {
      exact.add(word.slice(1));
      continue;
    }
    for (const form of stemWord(word)) {
      words.add(form.normal);
      words.add(form.stem);
    }
  }
  return { words, exact };
}

export function compilePattern(source: string): Pattern {
  const steps: Step[] = [];
  let maxGap = 0;
  for (const part of source.trim().split(/\s+/)) {
    if (part === '~') {
      maxGap = GAP;
      continue;
    }
    steps.push({ slot: compileSlot(part), maxGap });
    maxGap = 0;
  }
  return steps;
}

/** Every plain word a pattern accepts, for typo correction. */
export function patternWords(source: string): string[] {
  return source
    .split(/[\s|]+/)
    .map((word) => word.replace(/^=/, ''))
    .filter((word) => word !== '~' && !word.endsWith('*') && /^[a-z]+$/.test(word));
}
