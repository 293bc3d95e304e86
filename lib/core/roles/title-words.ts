/**
 * Turns a written title into the lexicon's words: lower case, brackets and numbers dropped,
 * hyphenated compounds resolved ("co-founder", "front-end"), abbreviations spelled out
 * ("Sr. Eng Mgr" -> senior engineering manager) and slips mended ("senoir").
 */
import { ABBREVIATIONS, UPPER_CASE_ONLY } from './abbreviations';
import { STATUS_WORDS } from './title-lexicon';
import { typoMender } from './typos';
import { ROLE_VOCABULARY } from './vocabulary';

const mendTypo = typoMender(ROLE_VOCABULARY);

// Compounds written with a hyphen that are one word in the lexicon; any other hyphen
// separates two words ("people-lead" is "people lead").
const JOINED_COMPOUNDS: Readonly<Record<string, string>> = {
  'co-founder': 'cofounder',
  'co-founders': 'cofounders',
  'front-end': 'frontend',
  'back-end': 'backend',
  'e-commerce': 'ecommerce',
  'pre-sales': 'presales',
  'head-teacher': 'head teacher',
};

const ENGINEERING_BEFORE = new Set(['vp', 'of', 'head', 'director', 'chief', 'svp']);

/**
 * The lexicon words one written token stands for. In running text a short form that is
 * also a word ("pm", "em") counts only when written in capitals.
 */
export function wordsOfToken(token: string, inRunningText = false): string[] {
  let word = token
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/\./g, '');
  word = JOINED_COMPOUNDS[word] ?? word;
  if (word.includes('-'))
    return word.split('-').flatMap((part) => wordsOfToken(part, inRunningText));
  if (word === '' || /^\d+$/.test(word)) return [];
  const spelledOut = ABBREVIATIONS[word];
  if (spelledOut !== undefined) {
    const capitals = token.replace(/\./g, '') === token.replace(/\./g, '').toUpperCase();
    if (!inRunningText || !UPPER_CASE_ONLY.has(word) || capitals) return spelledOut.split(' ');
    return [word];
  }
  return [mendTypo(word)];
}

/**
 * "eng" is engineering after a rank ("VP Eng", "head of eng") or before a rank noun
 * ("eng manager"), and an engineer at the end of a title ("senior eng").
 */
export function resolveEngineering(words: string[]): string[] {
  return words.map((word, i) => {
    if (word !== 'eng') return word;
    const before = words[i - 1];
    const after = words[i + 1];
    if (after !== undefined) return 'engineering';
    return before === undefined || ENGINEERING_BEFORE.has(before) ? 'engineering' : 'engineer';
  });
}

/** A title's words; what is in brackets counts only when it describes the role itself. */
export function titleWords(title: string): string[] {
  const bracketed = [...title.matchAll(/\(([^)]*)\)/g)].map((match) => match[1] ?? '');
  const outside = title.replace(/\([^)]*\)/g, ' ');
  const tokenise = (text: string) =>
    text
      .replace(/\s&\s/g, ' and ')
      .split(/[^A-Za-z0-9&+#.'’-]+/)
      .filter((token) => /[A-Za-z0-9]/.test(token))
      .flatMap((token) => wordsOfToken(token.replace(/^[.'’-]+|[.'’-]+$/g, '')));
  // Bracketed words qualify the role ("Co-founder (technical)"), so they go before it.
  const qualifiers = bracketed
    .map(tokenise)
    .filter((extra) => !extra.every((word) => STATUS_WORDS.has(word)))
    .flat();
  const words = [...qualifiers, ...tokenise(outside)];
  return resolveEngineering(words);
}
