/**
 * The sparse graph a cohort is solved on: the pairs the bulk scorer kept, plus those each
 * pricing round found underpriced.
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
