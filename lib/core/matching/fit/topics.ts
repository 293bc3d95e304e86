/**
 * Topic fit: how much a goal's words meet a supporter's bio, skills and experience. BM25
 * (wink-nlp's vectorizer) weighs each stem by how rare it is among all supporters of the file,
 * so "treasury" counts for more than "team". The corpus is learned once per file; afterwards a
 * pair costs a walk over the goal's few words. The cosine is the one wink's
 * `similarity.bow.cosine` computes (a test holds the two equal), but that function copies both
 * bags on every call, and at thousands of supporters per goal the copies and the garbage
 * collection they cause were most of the time; here each bag's length is worked out once.
 */
import type { Bow, ItsFunction } from 'wink-nlp';
import bm25Vectorizer from 'wink-nlp/utilities/bm25-vectorizer';
import { winkIts } from './text';

/** A weighted bag of stems with its Euclidean length, worked out once. */
export interface TopicBag {
  weights: Bow;
  /** The same stems and weights as arrays: walking them per pair allocates nothing. */
  stems: string[];
  values: number[];
  length: number;
}

export interface TopicIndex {
  /** One bag per learned document, in the order given. */
  bags: TopicBag[];
  /** The bag of a new text (a goal) against what was learned; unseen words are ignored. */
  bagOf(stems: readonly string[]): TopicBag;
}

export const EMPTY_BAG: TopicBag = { weights: {}, stems: [], values: [], length: 0 };

function bag(weights: Bow): TopicBag {
  const stems = Object.keys(weights);
  const values = stems.map((stem) => weights[stem] ?? 0);
  const squares = values.reduce((sum, value) => sum + value * value, 0);
  return { weights, stems, values, length: Math.sqrt(squares) };
}

export function learnTopics(documents: readonly (readonly string[])[]): TopicIndex {
  // BM25 cannot average document lengths over nothing; with no words at all, nothing matches.
  if (!documents.some((stems) => stems.length > 0))
    return { bags: documents.map(() => EMPTY_BAG), bagOf: () => EMPTY_BAG };
  const vectorizer = bm25Vectorizer({ k: 1, k1: 1.2, b: 0.75, norm: 'l2' });
  for (const stems of documents) vectorizer.learn([...stems]);
  const bags = vectorizer.out(allBows).map(bag);
  return { bags, bagOf: (stems) => (stems.length ? bag(vectorizer.bowOf([...stems])) : EMPTY_BAG) };
}

// wink types its output helpers for documents, not for the vectorizer, whose docBOWArray
// hands back every learned document's weighted bag, in learning order.
const allBows = winkIts.docBOWArray as unknown as ItsFunction<Bow[]>;

/** Cosine 0..1, rounded to 6 places as wink rounds it; 0 when either bag is empty. */
export function topicSimilarity(goal: TopicBag, person: TopicBag): number {
  if (goal.length === 0 || person.length === 0) return 0;
  let dot = 0;
  for (let at = 0; at < goal.stems.length; at++) {
    const other = person.weights[goal.stems[at] as string];
    if (other !== undefined) dot += (goal.values[at] ?? 0) * other;
  }
  return Math.round((dot / (goal.length * person.length)) * 1e6) / 1e6;
}

/** The goal's stems that the person's text also has, strongest first, at most `count`. */
export function sharedStems(goal: TopicBag, person: TopicBag, count: number): string[] {
  const g = goal.weights;
  const p = person.weights;
  return Object.keys(g)
    .filter((stem) => (p[stem] ?? 0) > 0)
    .sort((a, b) => (g[b] ?? 0) * (p[b] ?? 0) - (g[a] ?? 0) * (p[a] ?? 0) || (a < b ? -1 : 1))
    .slice(0, count);
}
