/**
 * The sparse graph a cohort is solved on, and the small "best k" buffers that pick its pairs.
 */
import type { AssignmentProblem } from '@/lib/core/matching/assignment';

/** Pairs (need, supporter, fit) without repeats, grown round by round. */
export class CandidateGraph {
  private readonly seen = new Set<number>();
  private readonly rows: number[] = [];
  private readonly cols: number[] = [];
  private readonly scores: number[] = [];

  constructor(private readonly columns: number) {}

  add(row: number, column: number, score: number): void {
    const key = row * this.columns + column;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.rows.push(row);
    this.cols.push(column);
    this.scores.push(score);
  }

  get size(): number {
    return this.rows.length;
  }

  problem(rows: number, capacity: ArrayLike<number>): AssignmentProblem {
    return {
      proteges: rows,
      supporters: this.columns,
      capacity,
      edgeRow: Int32Array.from(this.rows),
      edgeCol: Int32Array.from(this.cols),
      edgeScore: Int32Array.from(this.scores),
    };
  }
}

/**
 * The k largest values offered, with their ids. Insertion into a short sorted array: k is a
 * handful and most offers lose to the smallest kept value at the first comparison.
 */
export class TopK {
  private readonly ids: Int32Array;
  private readonly values: Float64Array;
  private held = 0;

  constructor(private readonly k: number) {
    this.ids = new Int32Array(Math.max(0, k));
    this.values = new Float64Array(Math.max(0, k));
  }

  clear(): void {
    this.held = 0;
  }

  /** Keeps (id, value) if it is among the k largest; returns what a value must now beat. */
  offer(id: number, value: number): number {
    const k = this.k;
    if (k <= 0) return Infinity;
    if (this.held === k && this.values[k - 1]! >= value) return this.values[k - 1]!;
    let at = this.held < k ? this.held++ : k - 1;
    while (at > 0 && this.values[at - 1]! < value) {
      this.values[at] = this.values[at - 1]!;
      this.ids[at] = this.ids[at - 1]!;
      at--;
    }
    this.values[at] = value;
    this.ids[at] = id;
    return this.held === k ? this.values[k - 1]! : -Infinity;
  }

  /** Largest first. */
  forEach(visit: (id: number, value: number) => void): void {
    for (let at = 0; at < this.held; at++) visit(this.ids[at]!, this.values[at]!);
  }
}
