/**
 * The cohort's side of the candidate rounds (assignment/candidate-rounds.ts runs the loop, in
 * assign.ts): finding the eligible pairs the last solve's prices undercharge.
 *
 * Dual feasibility over the whole cohort: a pair whose weight (fit plus the match bonus) is
 * more than its need's price plus its supporter's price could improve the answer. Each round
 * adds the worst such pairs of each need and of each supporter (when most needs go unmet, it
 * is the supporters' prices that are too low, so per-need picks alone would take many rounds).
 *
 * Scanning every eligible pair (65 million at 20,000 people) each round was most of a late
 * round's cost, while a late round moves few prices. So a round after the first scans only
 * what can have changed, and the answer is still proved by a scan of everything:
 *   - a pair outside the graph that its last pricing found not undercharged stays so while
 *     neither its need's nor its supporter's price drops (u_i + v_j only grows);
 *   - a need whose violators did not all join the graph (it had more than its quota) is
 *     "dirty" and is scanned again;
 * so it is enough to scan the dirty needs, the needs whose price dropped, and the needs that
 * have an undercharged pair at a supporter whose price dropped (found by reading that
 * supporter's column of the score cache). When that finds nothing, every pair is scanned once
 * more, and only a full scan that finds nothing ends the rounds: the certificate never rests
 * on the bookkeeping above, which only saves the rounds before the last.
 *
 * A row is scanned in WebAssembly where it runs (wasm/row-pricer.ts, eight supporters at a
 * time: 60 ms for every pair at 20,000 people, where the JavaScript loop below takes 280 ms),
 * with the same pairs found in the same order; the loop is kept for runtimes without it and
 * for prices that are not small integers.
 */
import type { AssignmentProblem } from '@/lib/core/matching/assignment';
import { matchBonus } from '@/lib/core/matching/assignment/weights';
import { BestK } from '@/lib/core/matching/assignment';
import { NEVER } from './row-scorer';
import { RowPricer } from './wasm/row-pricer';

export interface PricingQuotas {
  /** Violating pairs added per need in each pricing round. */
  addPerNeed: number;
  /** Violating pairs added per supporter in each pricing round. */
  addPerSupporter: number;
}

export interface PriceSource {
  rows: number;
  columns: number;
  /** One need's fit with every supporter (NEVER where not eligible). */
  scoresOf(row: number): Int16Array;
  /** The whole row-major score table when it is kept, for reading single columns. */
  cache: Int16Array | null;
  /** Whether a pair is in the candidate graph already. */
  inGraph(row: number, column: number): boolean;
  /**
   * Writes NEVER in `out` at the row's pairs in the graph; false (nothing written) when it
   * cannot do it cheaply, and the row is then scanned in JavaScript.
   */
  markInGraph?(row: number, out: Int16Array): boolean;
}

export interface Prices {
  rowPrice: Float64Array;
  supporterPrice: Float64Array;
}

export interface Pricing {
  /**
   * The undercharged pairs to add, flat: need, supporter, fit, need, supporter, fit, ... (one
   * small array per pair was most of a round's garbage). None proves the prices.
   */
  added: number[];
  /** Whether every eligible pair was checked against these prices. */
  full: boolean;
  /**
   * Undercharged pairs a full scan found after the partial scan found none: always 0 (the
   * partial scan's bookkeeping is sound); reported so that tests can hold it to that.
   */
  missed: number;
}

// At most this share of the supporters have their column read when their price dropped;
// past it a column costs more than the rows it spares. A column is as many strided reads as
// there are needs; a row scanned in WebAssembly costs about what 40 of those do, in
// JavaScript five times more (measured at 20,000 people), hence two shares.
const COLUMN_SHARE = { wasm: 1 / 256, js: 1 / 16 };

/** Prices every round's answer; keeps what the next round needs to skip the settled pairs. */
export class CohortPricer {
  private lastRow: Float64Array | null = null;
  private lastSupporter: Float64Array | null = null;
  /** Needs with undercharged pairs left out of the graph (more than their quota). */
  private readonly dirty: Uint8Array;
  /**
   * Per need, a lower bound on the slack u_i + v_j - w_ij of its eligible pairs outside the
   * graph, at the last prices (Infinity: it has none); only read for needs that are not dirty.
   */
  private readonly minSlack: Float64Array;
  private readonly scan: Uint8Array;
  private readonly worstOfNeed: BestK;
  private readonly worstOfSupporter: BestK[];
  private readonly supporterFloor: Float64Array;
  /** The scan in WebAssembly, where it runs (null: the JavaScript loop does every row). */
  private readonly rowPricer: RowPricer | null;

  constructor(
    private readonly source: PriceSource,
    private readonly quotas: PricingQuotas,
    options: { wasm?: boolean } = {},
  ) {
    this.dirty = new Uint8Array(source.rows);
    this.minSlack = new Float64Array(source.rows);
    this.scan = new Uint8Array(source.rows);
    this.worstOfNeed = new BestK(quotas.addPerNeed);
    this.supporterFloor = new Float64Array(source.columns);
    this.worstOfSupporter = Array.from(
      { length: source.columns },
      () => new BestK(quotas.addPerSupporter),
    );
    this.rowPricer =
      source.markInGraph && options.wasm !== false ? RowPricer.for(source.columns) : null;
  }

  price(problem: AssignmentProblem, prices: Prices): Pricing {
    const bonus = matchBonus(problem);
    let full = this.lastRow === null;
    if (full) this.scan.fill(1);
    else this.markChanged(prices, bonus);
    let added = this.scanMarked(prices, bonus);
    let missed = 0;
    // Nothing found among the changed pairs: the proof is a scan of every pair.
    if (added.length === 0 && !full) {
      full = true;
      this.scan.fill(1);
      added = this.scanMarked(prices, bonus);
      missed = added.length / 3;
    }
    this.lastRow = Float64Array.from(prices.rowPrice);
    this.lastSupporter = Float64Array.from(prices.supporterPrice);
    return { added, full, missed };
  }

  /**
   * Marks in `scan` the needs that can have an undercharged pair outside the graph, and
   * carries every other need's slack bound to the new prices. A pair's slack moves by exactly
   * du_i + dv_j, so a need's bound drops by at most its own price drop plus the largest drop
   * of a supporter's price; the supporters whose prices dropped most are instead read by
   * column (when the scores are kept), so one price that fell far does not rescan everyone.
   */
  private markChanged({ rowPrice, supporterPrice }: Prices, bonus: number): void {
    const { rows, columns, cache } = this.source;
    const lastRow = this.lastRow!;
    const lastSupporter = this.lastSupporter!;
    const dropped: number[] = [];
    for (let j = 0; j < columns; j++) if (supporterPrice[j]! < lastSupporter[j]!) dropped.push(j);
    const drop = (j: number) => lastSupporter[j]! - supporterPrice[j]!;
    dropped.sort((a, b) => drop(b) - drop(a) || a - b);
    const share = this.rowPricer ? COLUMN_SHARE.wasm : COLUMN_SHARE.js;
    const byColumn = cache ? Math.min(dropped.length, Math.floor(columns * share)) : 0;
    const largestDrop = byColumn < dropped.length ? drop(dropped[byColumn]!) : 0;
    const { scan, dirty, minSlack } = this;
    for (let row = 0; row < rows; row++) {
      const bound = minSlack[row]! + (rowPrice[row]! - lastRow[row]!) - largestDrop;
      minSlack[row] = bound;
      scan[row] = dirty[row] || bound < 0 ? 1 : 0;
    }
    for (let c = 0; c < byColumn; c++) {
      const j = dropped[c]!;
      const price = supporterPrice[j]!;
      for (let row = 0, at = j; row < rows; row++, at += columns) {
        if (scan[row]) continue;
        const score = cache![at]!;
        if (score === NEVER) continue;
        // Graph pairs count too (their slack is >= 0): the bound only gets more careful.
        const slack = rowPrice[row]! - bonus + price - score;
        if (slack < 0) scan[row] = 1;
        else if (slack < minSlack[row]!) minSlack[row] = slack;
      }
    }
  }

  private scanMarked({ rowPrice, supporterPrice }: Prices, bonus: number) {
    const { rows, columns, inGraph, markInGraph } = this.source;
    const { scan, dirty, minSlack, worstOfNeed, worstOfSupporter } = this;
    for (const worst of worstOfSupporter) worst.clear();
    // What an excess must beat to be kept by each supporter's and this need's picks: early
    // rounds find millions of violators, and most lose at this test, without a call.
    const supporterFloor = this.supporterFloor.fill(-Infinity);
    const wasm = this.rowPricer?.setPrices(supporterPrice) ? this.rowPricer : null;
    const added: number[] = [];
    for (let row = 0; row < rows; row++) {
      if (!scan[row]) continue;
      const scores = this.source.scoresOf(row);
      const threshold = rowPrice[row]! - bonus;
      worstOfNeed.clear();
      let needFloor = -Infinity;
      let violators = 0;
      let least = Infinity;
      // The same pairs in the same order in WebAssembly, eight supporters at a time.
      const inWasm = wasm !== null && wasm.takes(threshold) && wasm.load(scores, row, markInGraph!);
      if (inWasm) {
        violators = wasm.scanRow(threshold);
        const { found } = wasm;
        for (let k = 0; k < violators; k++) {
          const j = found[2 * k]!;
          const over = found[2 * k + 1]!;
          if (over > needFloor) needFloor = worstOfNeed.offer(j, over);
          if (over > supporterFloor[j]!) supporterFloor[j] = worstOfSupporter[j]!.offer(row, over);
        }
        least = wasm.least();
      } else {
        for (let j = 0; j < columns; j++) {
          const score = scores[j]!;
          if (score === NEVER) continue;
          const over = score - threshold - supporterPrice[j]!;
          if (over <= 0) {
            // The least slack outside the graph (pairs in it are the solver's to keep).
            if (-over < least && !inGraph(row, j)) least = -over;
            continue;
          }
          violators++;
          if (over > needFloor) needFloor = worstOfNeed.offer(j, over);
          if (over > supporterFloor[j]!) supporterFloor[j] = worstOfSupporter[j]!.offer(row, over);
        }
      }
      dirty[row] = violators > this.quotas.addPerNeed ? 1 : 0;
      minSlack[row] = least;
      worstOfNeed.forEach((j) => added.push(row, j, scores[j]!));
    }
    // The fit is read back from the excess (integers throughout, so exactly).
    worstOfSupporter.forEach((worst, j) =>
      worst.forEach((row, over) =>
        added.push(row, j, over + rowPrice[row]! - bonus + supporterPrice[j]!),
      ),
    );
    return added;
  }
}
