/**
 * Text for topic fit, through wink-nlp: words only, stop words dropped, each reduced to its
 * stem, so "negotiating" in a goal meets "negotiation" in a bio. The model loads once, when
 * this module is first imported, as in the triage's reader.
 */
import winkNLP from 'wink-nlp';
import type { ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

// No annotations: topic fit needs tokens, stop-word flags and stems, none of which need the
// sentence, part-of-speech or negation passes, and skipping them is most of the cost.
const nlp = winkNLP(model, []);
const its = nlp.its;
export const winkIts = its;
// Same typing mismatch as in the triage reader: wink declares stem's addons argument third.
const stemOf = its.stem as ItsFunction<string>;

export interface TopicWords {
  /** Stems in text order, repeats kept (BM25 counts them). */
  stems: string[];
  /** A readable word for each stem, the first one written, for quoting back in reasons. */
  surface: Map<string, string>;
}

// Stemming is the bulk of the cost and depends on the word alone, so each distinct word is
// stemmed once; bounded so that a very long run cannot grow it forever.
const stemCache = new Map<string, string>();

// Words nearly every goal and career uses, which say nothing about the subject: quoting them
// as shared topics ("months, work") reads as filler, and they would match everyone.
const FILLER = new Set(
  `year years month months week weeks day days time times work works working worked job jobs
  role roles look looking want wants wanted like need needs help get getting got make making
  made someone somebody people person team teams really next new good better best way ways thing
  things lot lots feel think know learn learning grow growing growth career careers goal goals
  change changed changing move moving moved step steps plan plans able bit kind sure also
  currently current now still well much many one two three first last company organisation
  organization experience experienced years' ready try trying start started senior junior`.split(
    /\s+/,
  ),
);
const STEM_CACHE_LIMIT = 200_000;

export function topicWords(text: string): TopicWords {
  const tokens = nlp.readDoc(text).tokens();
  const types = tokens.out(its.type);
  const stops = tokens.out(its.stopWordFlag);
  const normals = tokens.out(its.normal);
  const stems: string[] = [];
  const surface = new Map<string, string>();
  types.forEach((type, index) => {
    const normal = normals[index];
    if (
      type !== 'word' ||
      stops[index] === true ||
      normal === undefined ||
      normal.length < 2 ||
      FILLER.has(normal)
    )
      return;
    let stem = stemCache.get(normal);
    if (stem === undefined) {
      stem = tokens.itemAt(index).out(stemOf);
      if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
      stemCache.set(normal, stem);
    }
    stems.push(stem);
    if (!surface.has(stem)) surface.set(stem, normal);
  });
  return { stems, surface };
}
