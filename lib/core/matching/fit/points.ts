/**
 * Turns fractional points into whole points that add up exactly to the rounded score
 * (largest remainder), so the reasons a person reads always sum to the number they see.
 * Ties go to the earlier reason, which keeps the split deterministic.
 */
export const clampScore = (total: number) => Math.min(1000, Math.max(0, Math.round(total)));

export function wholePoints(raw: readonly number[]): { score: number; points: number[] } {
  const total = raw.reduce((sum, value) => sum + value, 0);
  const score = clampScore(total);
  const points = raw.map((value) => Math.floor(value));
  let left = score - points.reduce((sum, value) => sum + value, 0);
  const order = raw
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  // Float sums can land a hair either side of a whole number, so `left` may be -1..n.
  for (let at = 0; left > 0 && order.length > 0; at = (at + 1) % order.length, left--) {
    const entry = order[at];
    if (entry) points[entry.index] = (points[entry.index] ?? 0) + 1;
  }
  for (let at = order.length - 1; left < 0 && at >= 0; at--) {
    const entry = order[at];
    if (entry && (points[entry.index] ?? 0) > 0) {
      points[entry.index] = (points[entry.index] ?? 0) - 1;
      left++;
    }
  }
  return { score, points };
}
