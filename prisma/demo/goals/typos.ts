/**
 * The small slips real people make when typing a goal, so the triage and the search see
 * realistic text: a dropped apostrophe, a lower-case "i", two swapped letters, a missing stop.
 */
import type { Random } from '../random';

const SLIPS: readonly ((text: string, random: Random) => string)[] = [
  (text) => text.replace(/\b(I|don|can|didn|it|that)'(m|t|s|d|ve|ll)\b/, '$1$2'),
  (text) => text.replace(/\bI\b/, 'i'),
  (text) => text.charAt(0).toLowerCase() + text.slice(1),
  (text) => text.replace(/[.!]$/, ''),
  (text, random) => swapLetters(text, random),
  (text) => text.replace(/\s+the\s+/, ' teh '),
  (text) => text.replace(/\s+/, '  '),
];

function swapLetters(text: string, random: Random): string {
  const words = [...text.matchAll(/[a-z]{6,}/g)];
  if (words.length === 0) return text;
  const word = random.pick(words);
  const at = (word.index ?? 0) + random.int(1, word[0].length - 2);
  return text.slice(0, at) + text.charAt(at + 1) + text.charAt(at) + text.slice(at + 2);
}

export function addTypo(text: string, random: Random): string {
  return random.pick(SLIPS)(text, random);
}
