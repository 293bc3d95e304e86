/**
 * The guesses someone makes from one id they were shown: count up and down in each part of it
 * that could be a counter (the last eight characters, where import and demo ids kept theirs,
 * and the four after the clock, where ours keep the order).
 */
const WINDOWS: readonly (readonly [number, number])[] = [
  [-8, 0],
  [9, 13],
];

export function guessesFrom(id: string, reach = 100): Set<string> {
  const guesses = new Set<string>();
  for (const [from, to] of WINDOWS) {
    const start = from < 0 ? id.length + from : from;
    const end = to === 0 ? id.length : to;
    const counter = Number.parseInt(id.slice(start, end), 36);
    if (Number.isNaN(counter)) continue;
    for (let delta = -reach; delta <= reach; delta += 1) {
      const value = counter + delta;
      if (delta === 0 || value < 0) continue;
      const part = value.toString(36).padStart(end - start, '0');
      guesses.add(id.slice(0, start) + part + id.slice(end));
    }
  }
  return guesses;
}

/** The ids among `ids` that someone shown `known` could reach by guessing. */
export function guessable(known: string, ids: readonly string[]): string[] {
  const guesses = guessesFrom(known);
  return ids.filter((id) => guesses.has(id));
}
