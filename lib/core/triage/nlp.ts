/**
 * The one place that talks to wink-nlp. Turns a goal into tokens carrying the pieces the
 * triage reads: the surface text, the normalised form (contractions expanded), the stem
 * and wink's negation flag. The model loads once, when this module is first imported.
 */
import winkNLP from 'wink-nlp';
import type { ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface GoalToken {
  /** As written, for quoting back in reasons. */
  value: string;
  /** Lower-cased with contractions expanded ("n't" -> "not"). */
  normal: string;
  stem: string;
  /** wink marks the words that follow "not", "never", "no"... up to the end of the clause. */
  negated: boolean;
  /** Punctuation that ends a clause, so cues and their context never reach across it. */
  boundary: boolean;
  /** The whitespace written before the token, so a quote reads as the goal was written. */
  space: string;
}

// Only the negation annotation is needed: sentence splitting, POS and entities roughly
// double the cost per goal and the triage does not read them.
const nlp = winkNLP(model, ['negation']);
const its = nlp.its;
// wink's typings declare stem with the model-addons argument in third place, which does not
// line up with the ItsFunction signature `out` expects; at run time it is called correctly.
const stemOf = its.stem as ItsFunction<string>;

// A colon ("Goal: CFO") or a bracket ("(COO)") introduces rather than ends a thought.
const NON_BOUNDARY_PUNCTUATION = new Set([':', '(', ')', '-', '/', '&', '"', "'"]);

// Stemming is most of the cost of reading a goal, and wink stems a token from its value alone,
// so each distinct word is stemmed once; keyed by value, the cache cannot change an answer. Bounded so a long stream cannot grow it forever.
const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 100_000;

export function readGoal(text: string): GoalToken[] {
  const tokens = nlp.readDoc(text).tokens();
  const values = tokens.out(its.value);
  const normals = tokens.out(its.normal);
  const types = tokens.out(its.type);
  const negations = tokens.out(its.negationFlag);
  const spaces = tokens.out(its.precedingSpaces);
  return values.map((value, i) => {
    const normal = normals[i] ?? value.toLowerCase();
    let stem = stemCache.get(value);
    if (stem === undefined) {
      stem = tokens.itemAt(i).out(stemOf);
      if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
      stemCache.set(value, stem);
    }
    return {
      value,
      normal,
      stem,
      negated: negations[i] === true,
      boundary: types[i] === 'punctuation' && !NON_BOUNDARY_PUNCTUATION.has(normal),
      space: spaces[i] ?? ' ',
    };
  });
}

const lexiconForms = new Map<string, { normal: string; stem: string }[]>();

/**
 * Stems many lexicon words with one readDoc (each readDoc has a fixed cost that adds up at
 * start-up). A word that does not come back as the same tokens is left to stemWord.
 */
export function primeLexicon(words: readonly string[]): void {
  const fresh = [...new Set(words)].filter((word) => !lexiconForms.has(word));
  const tokens = readGoal(fresh.join(' '));
  let next = 0;
  for (const word of fresh) {
    const forms: GoalToken[] = [];
    let joined = '';
    for (let token = tokens[next]; token && joined.length < word.length; token = tokens[next]) {
      next++;
      forms.push(token);
      joined += token.value;
    }
    if (joined !== word) return;
    lexiconForms.set(
      word,
      forms.map(({ normal, stem }) => ({ normal, stem })),
    );
  }
}

/**
 * Forms of a single lexicon word, through the same tokenizer and stemmer as the goals.
 * Remembered: the lexicon repeats words across patterns, and each readDoc has a fixed cost.
 */
export function stemWord(word: string): { normal: string; stem: string }[] {
  let forms = lexiconForms.get(word);
  if (forms === undefined) {
    forms = readGoal(word).map(({ normal, stem }) => ({ normal, stem }));
    lexiconForms.set(word, forms);
  }
  return forms;
}
