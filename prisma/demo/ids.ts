/**
 * Counted ids for generated data that never reaches a database people use: unit tests that
 * compare two runs, and the benchmark and evaluation files, whose results must not move with
 * the ids. The seed script never uses them (it takes the random default of generateDemoData):
 * counted ids are guessable. Shaped like cuids so the import's id checks accept them.
 */
export function countingIds(prefix = 'cseq'): () => string {
  let next = 0;
  return () => `${prefix}${(next++).toString(36).padStart(25 - prefix.length, '0')}`;
}
