/**
 * AssemblyScript, compiled to WebAssembly by scripts/wasm/compile.ts at install time (with
 * SIMD): the inner loop of a pricing round (../../pricing.ts), one need's row at a time.
 *
 * For each supporter j of the row, with the need's threshold t = u_i - bonus and the
 * supporter's price v_j, the pair's slack is t + v_j - score_j. A negative slack is an
 * undercharged pair: its column and excess (-slack) are written out, in column order, for the
 * caller to offer to its picks exactly as the JavaScript loop does. Of the others, the least
 * slack is kept. A score of NEVER (not eligible, or a pair the caller marked because it is in
 * the graph already) counts for neither.
 *
 * Everything is i32: the caller hands prices and thresholds over only when they are integers
 * small enough that t + v_j - score cannot overflow, so each slack is the exact value the
 * doubles of the JavaScript give. Eight supporters at a time are compared in one go; a group
 * with an undercharged pair in it is redone one by one (early rounds have many, late ones
 * almost none).
 *
 * Memory (the caller's, imported): at `scores` the row's Int16 scores, at `prices` the Int32
 * supporter prices, at `out` room for two Int32 per supporter (column, excess).
 */

const NEVER: i32 = -1;
const NO_SLACK: i32 = i32.MAX_VALUE;

let leastSlack: i32 = NO_SLACK;

/** The least slack of the last scanned row's eligible, fairly priced pairs (i32.MAX_VALUE: none). */
export function least(): i32 {
  return leastSlack;
}

/** Scans one row of n supporters; returns how many undercharged pairs it wrote at `out`. */
export function scanRow(scores: usize, prices: usize, out: usize, n: i32, threshold: i32): i32 {
  const t = i32x4.splat(threshold);
  const never = i32x4.splat(NEVER);
  const none = i32x4.splat(NO_SLACK);
  const zero = i32x4.splat(0);
  let lowest = none;
  let found = 0;
  leastSlack = NO_SLACK;
  let j = 0;
  for (; j + 8 <= n; j += 8) {
    const packed = v128.load(scores + ((<usize>j) << 1));
    const low = i32x4.extend_low_i16x8_s(packed);
    const high = i32x4.extend_high_i16x8_s(packed);
    const at = prices + ((<usize>j) << 2);
    const slackLow = i32x4.sub(i32x4.add(t, v128.load(at)), low);
    const slackHigh = i32x4.sub(i32x4.add(t, v128.load(at, 16)), high);
    const neverLow = i32x4.eq(low, never);
    const neverHigh = i32x4.eq(high, never);
    const under = v128.or(
      v128.andnot(i32x4.lt_s(slackLow, zero), neverLow),
      v128.andnot(i32x4.lt_s(slackHigh, zero), neverHigh),
    );
    if (v128.any_true(under)) {
      found = scanOneByOne(scores, prices, out, j, j + 8, threshold, found);
      continue;
    }
    lowest = i32x4.min_s(lowest, v128.bitselect(none, slackLow, neverLow));
    lowest = i32x4.min_s(lowest, v128.bitselect(none, slackHigh, neverHigh));
  }
  // The groups done one by one kept their least in leastSlack already.
  const vectorLeast = min(
    min(i32x4.extract_lane(lowest, 0), i32x4.extract_lane(lowest, 1)),
    min(i32x4.extract_lane(lowest, 2), i32x4.extract_lane(lowest, 3)),
  );
  if (vectorLeast < leastSlack) leastSlack = vectorLeast;
  found = scanOneByOne(scores, prices, out, j, n, threshold, found);
  return found;
}

function scanOneByOne(
  scores: usize,
  prices: usize,
  out: usize,
  from: i32,
  to: i32,
  threshold: i32,
  found: i32,
): i32 {
  for (let j = from; j < to; j++) {
    const score = <i32>load<i16>(scores + ((<usize>j) << 1));
    if (score === NEVER) continue;
    const slack = threshold + load<i32>(prices + ((<usize>j) << 2)) - score;
    if (slack >= 0) {
      if (slack < leastSlack) leastSlack = slack;
      continue;
    }
    const slot = out + ((<usize>found) << 3);
    store<i32>(slot, j);
    store<i32>(slot, -slack, 4);
    found++;
  }
  return found;
}
