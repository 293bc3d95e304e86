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
 */
import type { AssignmentProblem } from '@/lib/core/matching/assignment';
import { matchBonus } from '@/lib/core/matching/assignment/weights';
import { BestK } from '@/lib/core/matching/assignment';
import { NEVER } from './row-scorer';

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
}

export interface Prices {
  rowPrice: Float64Array;
  supporterPrice: Float64Array;
}

export interface Pricing {
  /** The undercharged pairs to add, as (need, supporter, fit); none proves the prices. */
  added: [number, number, number][];
  /** Whether every eligible pair was checked against these prices. */
  full: boolean;
}

// Past this share of the table, reading single columns costs more than a scan of every row.
const COLUMN_SHARE = 1 / 8;

/** Prices every round's answer; keeps what the next round needs to skip the settled pairs. */
export class CohortPricer {
  private lastRow: Float64Array | null = null;
  private lastSupporter: Float64Array | null = null;
  private readonly dirty: Uint8Array;
  private readonly scan: Uint8Array;

  constructor(
    private readonly source: PriceSource,
    private readonly quotas: PricingQuotas,
  ) {
    this.dirty = new Uint8Array(source.rows);
    this.scan = new Uint8Array(source.rows);
  }

  price(problem: AssignmentProblem, prices: Prices): Pricing {
    const bonus = matchBonus(problem);
    let full = this.lastRow === null || !this.markChanged(prices, bonus);
    if (full) this.scan.fill(1);
    let added = this.scanMarked(prices, bonus);
    // Nothing found among the changed pairs: the proof is a scan of every pair.
    if (added.length === 0 && !full) {
      full = true;
      this.scan.fill(1);
      added = this.scanMarked(prices, bonus);
    }
    this.lastRow = Float64Array.from(prices.rowPrice);
    this.lastSupporter = Float64Array.from(prices.supporterPrice);
    return { added, full };
  }

  /**
   * Marks in `scan` the needs that can have an undercharged pair not yet seen; false when that
   * would take longer than scanning them all (or the scores are not kept to read by column).
   */
  private markChanged({ rowPrice, supporterPrice }: Prices, bonus: number): boolean {
    const { rows, columns, cache } = this.source;
    const lastRow = this.lastRow!;
    const lastSupporter = this.lastSupporter!;
    const dropped: number[] = [];
    for (let j = 0; j < columns; j++) if (supporterPrice[j]! < lastSupporter[j]!) dropped.push(j);
    if (dropped.length > 0 && (!cache || dropped.length > columns * COLUMN_SHARE)) return false;
    const { scan, dirty } = this;
    for (let row = 0; row < rows; row++)
      scan[row] = dirty[row] || rowPrice[row]! < lastRow[row]! ? 1 : 0;
    for (const j of dropped) {
      const price = supporterPrice[j]!;
      for (let row = 0, at = j; row < rows; row++, at += columns) {
        if (scan[row]) continue;
        const score = cache![at]!;
        if (score !== NEVER && score - (rowPrice[row]! - bonus) - price > 0) scan[row] = 1;
      }
    }
    return true;
  }

  private scanMarked({ rowPrice, supporterPrice }: Prices, bonus: number) {
    const { rows, columns } = this.source;
    const { scan, dirty } = this;
    const worstOfNeed = new BestK(this.quotas.addPerNeed);
    const worstOfSupporter = Array.from(
      { length: columns },
      () => new BestK(this.quotas.addPerSupporter),
    );
    const added: [number, number, number][] = [];
    for (let row = 0; row < rows; row++) {
      if (!scan[row]) continue;
      const scores = this.source.scoresOf(row);
      const threshold = rowPrice[row]! - bonus;
      worstOfNeed.clear();
      let violators = 0;
      for (let j = 0; j < columns; j++) {
        const score = scores[j]!;
        if (score === NEVER) continue;
        const over = score - threshold - supporterPrice[j]!;
        if (over <= 0) continue;
        violators++;
        worstOfNeed.offer(j, over);
        worstOfSupporter[j]!.offer(row, over);
      }
      dirty[row] = violators > this.quotas.addPerNeed ? 1 : 0;
      worstOfNeed.forEach((j) => added.push([row, j, scores[j]!]));
    }
    // The fit is read back from the excess (integers throughout, so exactly).
    worstOfSupporter.forEach((worst, j) =>
      worst.forEach((row, over) =>
        added.push([row, j, over + rowPrice[row]! - bonus + supporterPrice[j]!]),
      ),
    );
    return added;
  }
}
