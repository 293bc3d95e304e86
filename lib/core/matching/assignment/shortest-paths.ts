/**
 * The exact solver: successive shortest augmenting paths (Dijkstra over supporters, with
 * prices as potentials) for the lexicographic weight, capacity kept in the model.
 *
 * Invariants after each protégé is added (they are the certificate of certify.ts):
 *   u_i + v_j >= w_ij on every edge, with equality on seated pairs;
 *   u_i, v_j >= 0; u_i > 0 only for seated rows; v_j > 0 only for full supporters.
 * A path may end at a supporter with a free seat, or by unseating a row ("leaving it
 * unmatched" costs u_i), which is how a swap that matches no more rows is priced.
 */
import { ColumnHeap } from './column-heap';
import type { RowGraph } from './row-graph';
import { Seats } from './seats';

export interface DualState {
  seats: Seats;
  rowPrice: Float64Array;
  supporterPrice: Float64Array;
}

/** Solver state plus the Dijkstra workspace, reused by every augmentation. */
export interface PathState extends DualState {
  graph: RowGraph;
  capacity: ArrayLike<number>;
  heap: ColumnHeap;
  dist: Float64Array;
  predRow: Int32Array;
  isDone: Uint8Array;
  touched: Int32Array;
  done: Int32Array;
  rowDist: Float64Array;
  labeled: Int32Array;
}

export function createPathState(graph: RowGraph, capacity: ArrayLike<number>): PathState {
  const proteges = graph.rowStart.length - 1;
  const supporters = capacity.length;
  return {
    graph,
    capacity,
    seats: new Seats(proteges, usableSeats(graph, capacity)),
    rowPrice: new Float64Array(proteges),
    supporterPrice: new Float64Array(supporters),
    heap: new ColumnHeap(supporters),
    dist: new Float64Array(supporters).fill(Infinity),
    predRow: new Int32Array(supporters),
    isDone: new Uint8Array(supporters),
    touched: new Int32Array(supporters),
    done: new Int32Array(supporters),
    rowDist: new Float64Array(proteges),
    labeled: new Int32Array(proteges),
  };
}

/** Adds unseated row r along a shortest augmenting path, or leaves it unmatched if that is best. */
export function addRow(state: PathState, r: number): void {
  const { graph, capacity, seats, heap, dist, predRow, isDone, touched, done, rowDist, labeled } =
    state;
  const { rowStart, col, weight } = graph;
  const u = state.rowPrice;
  const v = state.supporterPrice;
  if (rowStart[r] === rowStart[r + 1]) return;
  let top = 0;
  for (let k = rowStart[r]!; k < rowStart[r + 1]!; k++) {
    const gain = weight[k]! - v[col[k]!]!;
    if (gain > top) top = gain;
  }
  u[r] = top;
  // Cheapest way found so far to finish: leave endRow unmatched, or seat into endCol.
  let best = top;
  let endRow = r;
  let endCol = -1;
  let nTouched = 0;
  let nDone = 0;
  let nLabeled = 0;

  const scan = (i: number, base: number): void => {
    const offset = u[i]! + base;
    for (let k = rowStart[i]!; k < rowStart[i + 1]!; k++) {
      const j = col[k]!;
      if (isDone[j]) continue;
      const d = offset + v[j]! - weight[k]!;
      if (d < dist[j]! && d < best) {
        if (dist[j] === Infinity) touched[nTouched++] = j;
        dist[j] = d;
        predRow[j] = i;
        heap.push(j, d);
      }
    }
  };

  rowDist[r] = 0;
  labeled[nLabeled++] = r;
  scan(r, 0);
  while (!heap.isEmpty && heap.peekKey() < best) {
    const d = heap.peekKey();
    const j = heap.pop();
    isDone[j] = 1;
    done[nDone++] = j;
    if (seats.load[j]! < capacity[j]!) {
      best = d;
      endCol = j;
      break;
    }
    const from = seats.start[j]!;
    for (let s = from; s < from + seats.load[j]!; s++) {
      const i = seats.rows[s]!;
      rowDist[i] = d;
      labeled[nLabeled++] = i;
      if (d + u[i]! < best) {
        best = d + u[i]!;
        endRow = i;
        endCol = -1;
      }
      scan(i, d);
    }
  }

  // New prices keep every reduced cost >= 0 and make the chosen path tight.
  for (let k = 0; k < nDone; k++) {
    const j = done[k]!;
    v[j]! += best - dist[j]!;
  }
  for (let k = 0; k < nLabeled; k++) {
    const i = labeled[k]!;
    u[i]! -= best - rowDist[i]!;
  }
  augment(seats, predRow, r, endRow, endCol);

  for (let k = 0; k < nTouched; k++) {
    dist[touched[k]!] = Infinity;
    isDone[touched[k]!] = 0;
  }
  heap.clear();
}

// Walks the path back from its end to the new row r, shifting each row one supporter along.
function augment(
  seats: Seats,
  predRow: Int32Array,
  r: number,
  endRow: number,
  endCol: number,
): void {
  let j = endCol;
  if (j < 0) {
    if (endRow === r) return;
    j = seats.rowSupporter[endRow]!;
    seats.leave(endRow);
  }
  for (;;) {
    const i = predRow[j]!;
    const previous = seats.rowSupporter[i]!;
    seats.seat(i, j);
    if (i === r) return;
    j = previous;
  }
}

// A supporter never holds more rows than it has edges, so seat storage is sized by that.
function usableSeats({ col }: RowGraph, capacity: ArrayLike<number>): Int32Array {
  const usable = new Int32Array(capacity.length);
  for (let k = 0; k < col.length; k++) usable[col[k]!]!++;
  for (let j = 0; j < capacity.length; j++) usable[j] = Math.min(usable[j]!, capacity[j]!);
  return usable;
}
