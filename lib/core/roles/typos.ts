/**
 * Mends the commonest slips in the words the lexicons care about ("senoir", "promted",
 * "enginer"): two neighbouring letters swapped, or one letter left out. A slip is only
 * mended towards a known word, never away from one, and a word that is the start of a known
 * word ("manage" of "manager") is left alone, because it is usually a word in its own right.
 */
const SHORTEST_MENDED = 5;
// A short word one letter shorter than a known one is often a word of its own ("baking" is
// not "banking"), so a left-out letter is mended only in longer words.
const SHORTEST_WITH_LETTER_LEFT_OUT = 7;

export function typoMender(vocabulary: Iterable<string>): (word: string) => string {
  const known = new Set(vocabulary);
  const slips = new Map<string, string | null>();
  const note = (slip: string, word: string) => {
    if (slip.length < SHORTEST_MENDED || known.has(slip) || word.startsWith(slip)) return;
    const earlier = slips.get(slip);
    // A slip that could come from two known words is ambiguous: mend it to neither.
    slips.set(slip, earlier === undefined || earlier === word ? word : null);
  };
  for (const word of known) {
    if (word.length < SHORTEST_MENDED || !/^[a-z]+$/.test(word)) continue;
    if (word.length > SHORTEST_WITH_LETTER_LEFT_OUT) {
      for (let i = 0; i < word.length; i++) note(word.slice(0, i) + word.slice(i + 1), word);
    }
    for (let i = 0; i + 1 < word.length; i++) {
      if (word[i] === word[i + 1]) continue;
      note(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2), word);
    }
  }
  return (word) => (known.has(word) ? word : (slips.get(word) ?? word));
}
