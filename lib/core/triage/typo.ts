/**
 * Typo tolerance against the cue lexicon only: "negociating" is read as "negotiating" and
 * "presentin" as "presenting". Bounded edit distance, first letter must agree (typos rarely
 * touch it, and it keeps ordinary words from drifting into cue words).
 */

/** Optimal string alignment distance, giving up once it exceeds `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (prevPrev[j - 2] ?? 0) + 1);
      }
      row.push(best);
      rowMin = Math.min(rowMin, best);
    }
    if (rowMin > limit) return limit + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length] ?? limit + 1;
}

const MIN_LENGTH = 5;

export function createCorrector(lexicon: Iterable<string>): (word: string) => string | undefined {
  const known = new Set(lexicon);
  const byInitial = new Map<string, string[]>();
  for (const word of known) {
    if (word.length < MIN_LENGTH) continue;
    const list = byInitial.get(word[0] ?? '') ?? [];
    list.push(word);
    byInitial.set(word[0] ?? '', list);
  }
  // Goals repeat the same words endlessly; remembering answers keeps 10k goals fast.
  const memo = new Map<string, string | undefined>();
  return (word) => {
    if (word.length < MIN_LENGTH || known.has(word)) return undefined;
    if (memo.has(word)) return memo.get(word);
    if (!/^[a-z]+$/.test(word)) return undefined;
    const limit = word.length >= 9 ? 2 : 1;
    let best: string | undefined;
    let bestDistance = limit + 1;
    for (const candidate of byInitial.get(word[0] ?? '') ?? []) {
      const distance = editDistance(word, candidate, limit);
      // Ties go to the first listed word, so the answer never depends on anything but input.
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    if (memo.size > 50_000) memo.clear();
    memo.set(word, best);
    return best;
  };
}
