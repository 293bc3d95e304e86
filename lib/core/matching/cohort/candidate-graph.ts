/**
 * The sparse graph a cohort is solved on: the pairs the bulk scorer kept, plus those each
 * pricing round found underpriced.
 *
 * A 20,000-person cohort's graph reaches millions of pairs, so it is held in typed arrays that
 * double as they fill, and "already in the graph" is one bit per possible pair (14 MB for
 * 22,630 needs x 5,000 supporters) rather than a Set of numbers, which the garbage collector
 * walked every round. Above BITSET_LIMIT possible pairs the bits would cost more than the Set.
 */
import type { AssignmentProblem } from '@/lib/core/matching/assignment';

const BITSET_LIMIT = 2 ** 31;

/** Pairs (need, supporter, fit) without repeats, grown round by round. */
export class CandidateGraph {
  private readonly bits: Uint32Array | null;
  private readonly seen: Set<number> | null;
  private rows = new Int32Array(1024);
  private cols = new Int32Array(1024);
  private scores = new Int32Array(1024);
  private count = 0;

  constructor(
    needs: number,
    private readonly columns: number,
    bitsetLimit = BITSET_LIMIT,
  ) {
    const pairs = needs * columns;
    this.bits = pairs <= bitsetLimit ? new Uint32Array(Math.ceil(pairs / 32)) : null;
    this.seen = this.bits ? null : new Set<number>();
  }

  /** Whether the pair is in the graph. */
  has(row: number, column: number): boolean {
    const key = row * this.columns + column;
    if (this.bits) return (this.bits[key >>> 5]! & (1 << (key & 31))) !== 0;
    return this.seen!.has(key);
  }

  /**
   * Writes `value` at out[j] for every pair (row, j) in the graph, reading the row's words of
   * the bitset; returns false, writing nothing, when the graph keeps a Set instead.
   */
  markRow(row: number, out: Int16Array, value: number): boolean {
    const { bits, columns } = this;
    if (!bits) return false;
    const from = row * columns;
    const to = from + columns;
    for (let word = Math.floor(from / 32); word * 32 < to; word++) {
      for (let rest = bits[word]!; rest !== 0; rest &= rest - 1) {
        const key = word * 32 + 31 - Math.clz32(rest & -rest);
        if (key >= from && key < to) out[key - from] = value;
      }
    }
    return true;
  }

  add(row: number, column: number, score: number): void {
    const key = row * this.columns + column;
    if (this.bits) {
      const word = key >>> 5;
      const bit = 1 << (key & 31);
      if (this.bits[word]! & bit) return;
      this.bits[word]! |= bit;
    } else {
      if (this.seen!.has(key)) return;
      this.seen!.add(key);
    }
    if (this.count === this.rows.length) this.grow();
    this.rows[this.count] = row;
    this.cols[this.count] = column;
    this.scores[this.count] = score;
    this.count++;
  }

  get size(): number {
    return this.count;
  }

  problem(rows: number, capacity: ArrayLike<number>): AssignmentProblem {
    return {
      proteges: rows,
      supporters: this.columns,
      capacity,
      edgeRow: this.rows.subarray(0, this.count),
      edgeCol: this.cols.subarray(0, this.count),
      edgeScore: this.scores.subarray(0, this.count),
    };
  }

  private grow(): void {
    const size = this.rows.length * 2;
    const larger = (old: Int32Array) => {
      const next = new Int32Array(size);
      next.set(old);
      return next;
    };
    this.rows = larger(this.rows);
    this.cols = larger(this.cols);
    this.scores = larger(this.scores);
  }
}
