/**
 * The arithmetic of the program health charts, apart from their drawing: value scales with
 * round ticks, bands for categories, labels wrapped or thinned to fit, and a line broken at
 * its gaps. Pure, so the charts can be drawn on the server and the numbers tested alone.
 */

/** A linear map from a value interval onto a drawing interval (either may run backwards). */
export function linearScale(
  [d0, d1]: readonly [number, number],
  [r0, r1]: readonly [number, number],
): (value: number) => number {
  const span = d1 - d0;
  return (value) => (span === 0 ? r0 : r0 + ((value - d0) / span) * (r1 - r0));
}

/**
 * Ticks from 0 up to a round number at or above `max`, about `target` steps apart, on whole
 * numbers (counts and whole percentages): steps of 1, 2 or 5 times a power of ten.
 */
export function countTicks(max: number, target = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / target;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(
    1,
    [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough)!,
  );
  const top = Math.ceil(max / step) * step;
  return Array.from({ length: top / step + 1 }, (_, index) => index * step);
}

/** `count` equal bands across [start, end], `gap` of each band's slot left empty between them. */
export function bands(count: number, [start, end]: readonly [number, number], gap: number) {
  const slot = count === 0 ? 0 : (end - start) / count;
  return {
    slot,
    width: slot * (1 - gap),
    /** Where band `index` begins. */
    at: (index: number) => start + index * slot + (slot * gap) / 2,
  };
}

/** The app's sans-serif averages about this many ems a character: enough to lay labels out. */
const CHARACTER_EMS = 0.55;

/** About how wide a line of text is drawn. */
export const textWidth = (text: string, fontSize: number) => text.length * fontSize * CHARACTER_EMS;

/**
 * A label broken into lines no wider than `width` at word boundaries, at most `maxLines` of
 * them; a word too long for a line, or words past the last line, end in an ellipsis (the
 * table beside the chart has the full text).
 */
export function wrapLabel(text: string, width: number, fontSize: number, maxLines = 2): string[] {
  const fits = Math.max(2, Math.floor(width / (fontSize * CHARACTER_EMS)));
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const joined = lines.length ? `${lines[lines.length - 1]} ${word}` : '';
    if (joined && joined.length <= fits) lines[lines.length - 1] = joined;
    else lines.push(word);
  }
  // The last line takes every word left over, then loses what does not fit.
  const shown = [...lines.slice(0, maxLines - 1), lines.slice(maxLines - 1).join(' ')];
  return shown
    .filter(Boolean)
    .map((line) => (line.length > fits ? `${line.slice(0, fits - 1).trimEnd()}…` : line));
}

/**
 * Which of `count` evenly spaced labels to draw so that none overlaps the next: every k-th,
 * starting with the first, k as small as the space allows.
 */
export function thinLabels(count: number, slot: number, labelWidth: number, minGap: number) {
  const every = slot <= 0 ? count : Math.max(1, Math.ceil((labelWidth + minGap) / slot));
  return Array.from({ length: count }, (_, index) => index).filter((index) => index % every === 0);
}

/** The runs of consecutive known points of a series: a line is drawn along each, with gaps. */
export function unbrokenRuns<T>(values: readonly (T | null)[]): { index: number; value: T }[][] {
  const runs: { index: number; value: T }[][] = [];
  let current: { index: number; value: T }[] = [];
  values.forEach((value, index) => {
    if (value === null) {
      if (current.length) runs.push(current);
      current = [];
    } else current.push({ index, value });
  });
  if (current.length) runs.push(current);
  return runs;
}

/** Where each of a row of items of these widths starts, `space` apart, the first at `start`. */
export function rowStarts(widths: readonly number[], start: number, space: number): number[] {
  return widths.map((_, index) =>
    widths.slice(0, index).reduce((at, width) => at + width + space, start),
  );
}
