/**
 * The compiled cue lexicon: every cue's patterns, indexed by the words their first step
 * accepts so a goal is scanned once rather than once per pattern. Built once at load.
 */
import { SELF_CUES } from './cues/coach-self';
import { SKILL_CUES } from './cues/coach-skills';
import type { Cue } from './cues/cue';
import { DETECTED_CUES } from './cues/detected';
import { MENTOR_CUES } from './cues/mentor';
import { primeLexicon, stemWord } from './nlp';
import type { Pattern } from './pattern';
import { compilePattern, patternWords } from './pattern';
import { createCorrector } from './typo';

export interface CompiledPattern {
  cue: Cue;
  pattern: Pattern;
  /** Stems of the cue's `unless` words. */
  unless?: ReadonlySet<string>;
}

export const CUES: readonly Cue[] = [...MENTOR_CUES, ...SKILL_CUES, ...SELF_CUES, ...DETECTED_CUES];

primeLexicon(
  CUES.flatMap((cue) => [...cue.patterns, cue.unless ?? ''])
    .flatMap((source) => source.split(/[\s|]+/))
    .map((word) => word.replace(/^=/, ''))
    .filter((word) => word !== '' && word !== '~' && !word.endsWith('*')),
);

const byFirstWord = new Map<string, CompiledPattern[]>();
const byPrefix: CompiledPattern[] = [];
const lexiconStems = new Map<string, string>();

for (const cue of CUES) {
  const unless =
    cue.unless === undefined
      ? undefined
      : new Set(cue.unless.split(' ').map((word) => stemWord(word)[0]?.stem ?? word));
  for (const source of cue.patterns) {
    const pattern = compilePattern(source);
    const first = pattern[0];
    if (!first) continue;
    const entry: CompiledPattern =
      unless === undefined ? { cue, pattern } : { cue, pattern, unless };
    if (first.slot.prefix !== undefined) byPrefix.push(entry);
    for (const word of [...first.slot.words, ...first.slot.exact]) {
      const list = byFirstWord.get(word) ?? [];
      list.push(entry);
      byFirstWord.set(word, list);
    }
    for (const word of patternWords(source)) {
      lexiconStems.set(word, stemWord(word)[0]?.stem ?? word);
    }
  }
}

const correct = createCorrector(lexiconStems.keys());
const knownStems = new Set(lexiconStems.values());

/** The lexicon word a misspelt word most likely meant, with its stem, if any. */
export function correction(
  normal: string,
  stem: string,
): { word: string; stem: string } | undefined {
  // An inflection of a lexicon word ("partners") is not a typo, even one letter away.
  if (knownStems.has(stem)) return undefined;
  const word = correct(normal);
  const fixed = word === undefined ? undefined : lexiconStems.get(word);
  return word === undefined || fixed === undefined ? undefined : { word, stem: fixed };
}

export function patternsStartingWith(key: string): readonly CompiledPattern[] {
  return byFirstWord.get(key) ?? [];
}

export function prefixPatterns(): readonly CompiledPattern[] {
  return byPrefix;
}
