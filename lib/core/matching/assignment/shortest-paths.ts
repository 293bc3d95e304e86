/**
 * The exact solver: successive shortest augmenting paths for the lexicographic weight, with
 * capacity kept in the model (one price per supporter, shared by its seats). This is the
 * augmentation phase of R. Jonker and A. Volgenant, Computing 38 (1987) 325-340: Dijkstra over
 * supporters with the prices as potentials, then a price update that makes the path tight.
 * Two adaptations: a supporter with a free seat ends a path, and so does unseating a row
 * ("leaving it unmatched" costs u_i), which is how a swap that matches no more rows is priced
 * and why no row ever has to be matched.
 *
 * Invariants over the rows settled so far (seated by the warm-up, or passed to addRow), true
 * before and after each addRow; at the end they are the certificate of certify.ts:
 *   u_i + v_j >= w_ij on every edge of a settled row (dual feasibility), so the reduced
 *   costs u_i + v_j - w_ij that Dijkstra walks are >= 0 and a supporter's distance is final
 *   when it leaves the heap;
 *   u_i + v_j = w_ij on seated pairs, u_i = 0 on unmatched rows (complementary slackness);
 *   u_i, v_j >= 0; v_j > 0 only for full supporters (start prices can break this last one;
 *   see solve-graph.ts).
 * The update v_j += best - dist_j on finished supporters, u_i -= best - rowDist_i on reached rows
 * keeps them: reduced costs stay >= 0, the path's edges become tight, the supporters it passes
 * stay exactly as full, and the row it ends by unseating drops to u_i = 0.
 *
 * Cost of one addRow: each supporter leaves the heap at most once (finished ones are never
 * pushed again) and each row seated there is scanned once, so O(E log m) with the indexed
 * heap, plus O(touched) to reset; n rows make O(n E log m) at worst. The search loop ends
 * because every turn finishes one supporter for good, so it turns at most m times (it stops
 * sooner at the first free seat, or once no key beats `best`). The walk back in augment ends
 * because the predRow links form a tree rooted at the new row.
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

  // Rows are scanned in the order they are labelled (the new row first, then the rows seated
  // at each finished supporter); one inline loop rather than a closure, as it is the hot spot.
  rowDist[r] = 0;
  labeled[nLabeled++] = r;
  let scanned = 0;
  for (;;) {
    while (scanned < nLabeled) {
      const i = labeled[scanned++]!;
      const offset = u[i]! + rowDist[i]!;
      for (let k = rowStart[i]!; k < rowStart[i + 1]!; k++) {
        const j = col[k]!;
        if (isDone[j]) continue;
        const d = offset + v[j]! - weight[k]!;
        if (d < dist[j]! && d < best) {
          if (dist[j] === Infinity) touched[nTouched++] = j;
          dist[j] = d;
          predRow[j] = i;
          // Key 2d + (full ? 1 : 0): among supporters at the same distance, one with a free
          // seat leaves the heap first and ends the path (JV's scan of the tied minimum set).
          heap.push(j, 2 * d + (seats.load[j]! < capacity[j]! ? 0 : 1));
        }
      }
    }
    if (heap.isEmpty || heap.peekKey() >= 2 * best) break;
    const j = heap.pop();
    const d = dist[j]!;
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
