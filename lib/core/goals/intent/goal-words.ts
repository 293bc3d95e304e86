/**
 * A goal as a list of words the intent reader can match: wink-nlp splits the text and marks
 * what a "not", "never" or "no" governs; each token then becomes the role lexicon's words
 * ("EM" -> engineering manager, "senoir" -> senior), so titles in a goal read exactly as
 * titles typed in a field. The model loads once, when this module is first imported.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { ROLE_VOCABULARY } from '@/lib/core/roles/vocabulary';
import { typoMender } from '@/lib/core/roles/typos';
import { wordsOfToken } from '@/lib/core/roles/title-words';
import { CUE_VOCABULARY } from './cue-words';

export interface GoalWord {
  /** A lexicon word, or the punctuation mark itself. */
  word: string;
  /** The token as written. */
  raw: string;
  /** wink's part of speech for the token (NOUN, VERB, ADJ, PROPN...). */
  pos: string;
  /** Governed by a negation ("I don't want to *manage people*"). */
  negated: boolean;
  punctuation: boolean;
  /** Which sentence of the goal the word is in; cues never reach across sentences. */
  sentence: number;
}

// Negation to bound what a "not" governs, and parts of speech to tell a noun that may be part
// of a title ("radiology services manager") from a verb; nothing else is annotated.
const nlp = winkNLP(model, ['negation', 'pos']);
const its = nlp.its;
const mendCue = typoMender([...CUE_VOCABULARY, ...ROLE_VOCABULARY]);
const SENTENCE_ENDS = new Set(['.', '!', '?', ';']);

// "EM -> VP" and "SDR => AE" are from-to goals.
const ARROWS = /\s*(?:-+>|=+>|→|⇒)\s*/g;

export function goalWords(text: string): GoalWord[] {
  const tokens = nlp.readDoc(text.replace(ARROWS, ' to ')).tokens();
  const values = tokens.out(its.value);
  const types = tokens.out(its.type);
  const spaces = tokens.out(its.precedingSpaces);
  const normals = tokens.out(its.normal);
  const tags = tokens.out(its.pos);
  const negations = tokens.out(its.negationFlag);
  const words: GoalWord[] = [];
  let sentence = 0;
  for (let i = 0; i < values.length; i++) {
    let raw = values[i] as string;
    const type = types[i];
    const negated = negations[i] === true;
    const normal = normals[i] ?? raw.toLowerCase();
    // "people-lead" comes back as three tokens; written without spaces it is one compound.
    while (
      values[i + 1] === '-' &&
      spaces[i + 1] === '' &&
      spaces[i + 2] === '' &&
      types[i + 2] === 'word'
    ) {
      raw = `${raw}-${values[i + 2]}`;
      i += 2;
    }
    if (type === 'punctuation' || type === 'symbol') {
      words.push({ word: raw, raw, pos: 'PUNCT', negated, punctuation: true, sentence });
      if (SENTENCE_ENDS.has(raw)) sentence++;
      continue;
    }
    // wink spells out contractions in its normal form ("n't" -> not, "'d" -> would).
    const contraction = !raw.includes('-') && normal !== raw.toLowerCase();
    const spelled = contraction ? [normal] : wordsOfToken(raw, true);
    // Numbers stay as themselves: "band 7" and "grade 6" are ranks.
    const expanded = spelled.length === 0 && /^\d+$/.test(raw) ? [raw] : spelled;
    for (const word of expanded) {
      words.push({
        word: mendCue(word),
        raw,
        pos: tags[i] ?? 'X',
        negated,
        punctuation: false,
        sentence,
      });
    }
  }
  return words;
}
