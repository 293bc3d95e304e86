/**
 * A pricing round's row scan in WebAssembly (assembly/price-scan.ts): the JavaScript loop of
 * ../pricing.ts eight supporters at a time, with the same answer. The row's scores are copied
 * into the instance's memory (a memcpy of two bytes a supporter), the pairs already in the
 * graph are marked NEVER in the copy, and the scan returns the undercharged pairs in column
 * order and the least slack of the rest.
 *
 * It works in 32-bit integers, so it takes only prices that are integers of at most
 * PRICE_LIMIT in size (every price the solver gives a cohort is; `setPrices` says when not,
 * and the caller then scans in JavaScript).
 */
import { WASM_BASE64 } from '@/lib/generated/wasm/price-scan';
import { embeddedModule } from '@/lib/core/wasm/embedded-module';

/**
 * Prices and thresholds above this in size go to the JavaScript loop: a slack, threshold plus
 * price minus a score, then stays far inside 32 bits.
 */
export const PRICE_LIMIT = 2 ** 29;

const PAGE_BYTES = 65_536;

interface PriceScan {
  scanRow(scores: number, prices: number, out: number, n: number, threshold: number): number;
  least(): number;
}

const priceScanModule = embeddedModule(WASM_BASE64);

export class RowPricer {
  /** The row to scan (`load` fills it). */
  private readonly scores: Int16Array;
  private readonly prices: Int32Array;
  /** The last scan's undercharged pairs: column, excess, column, excess, ... */
  readonly found: Int32Array;

  private constructor(
    private readonly scan: PriceScan,
    memory: WebAssembly.Memory,
    private readonly columns: number,
  ) {
    // Each array starts on 16 bytes, where the vector loads are aligned.
    const pricesAt = align(columns * 2);
    const outAt = pricesAt + align(columns * 4);
    this.scores = new Int16Array(memory.buffer, 0, columns);
    this.prices = new Int32Array(memory.buffer, pricesAt, columns);
    this.found = new Int32Array(memory.buffer, outAt, columns * 2);
  }

  /** A pricer for rows of `columns` supporters, or null where WebAssembly cannot run it. */
  static for(columns: number): RowPricer | null {
    const compiled = priceScanModule();
    if (compiled === null) return null;
    try {
      const bytes = align(columns * 2) + align(columns * 4) + columns * 8;
      const memory = new WebAssembly.Memory({
        initial: Math.max(1, Math.ceil(bytes / PAGE_BYTES)),
      });
      const scan = new WebAssembly.Instance(compiled, { env: { memory } })
        .exports as unknown as PriceScan;
      return new RowPricer(scan, memory, columns);
    } catch {
      return null;
    }
  }

  /** Takes a round's supporter prices; false (and nothing kept) when one is not a small integer. */
  setPrices(supporterPrice: Float64Array): boolean {
    for (let j = 0; j < this.columns; j++) if (!fits(supporterPrice[j]!)) return false;
    this.prices.set(supporterPrice);
    return true;
  }

  /**
   * Copies a need's scores in as the row to scan, with its pairs in the graph marked NEVER by
   * `markInGraph`; false when that cannot mark them (the row is then the caller's to scan).
   */
  load(
    scores: Int16Array,
    row: number,
    markInGraph: (row: number, out: Int16Array) => boolean,
  ): boolean {
    this.scores.set(scores);
    return markInGraph(row, this.scores);
  }

  /** Whether a need's threshold (its price less the match bonus) can be scanned here. */
  takes(threshold: number): boolean {
    return fits(threshold);
  }

  /**
   * Scans `scores` against the prices set; returns how many pairs are undercharged (fit above
   * threshold + price). Their columns and excesses are then `found[2k]` and `found[2k + 1]`,
   * in column order, and `least()` is the least slack of the other eligible pairs.
   */
  scanRow(threshold: number): number {
    return this.scan.scanRow(
      this.scores.byteOffset,
      this.prices.byteOffset,
      this.found.byteOffset,
      this.columns,
      threshold,
    );
  }

  /** The last row's least slack among its fairly priced eligible pairs (Infinity: none). */
  least(): number {
    const least = this.scan.least();
    return least === 0x7fffffff ? Infinity : least;
  }
}

function fits(value: number): boolean {
  return Number.isInteger(value) && Math.abs(value) <= PRICE_LIMIT;
}

function align(bytes: number): number {
  return Math.ceil(bytes / 16) * 16;
}
