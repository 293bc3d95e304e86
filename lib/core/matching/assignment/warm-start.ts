/**
 * A warm-started candidate round: the graph grew, so start from the last round's seats and
 * prices instead of from nothing (docs/decisions/022-solver-ties-and-warm-start.md).
 *
 * The last round left the invariants of shortest-paths.ts on the old graph. On the new one
 * only the added edges can break them, and only dual feasibility (u_i + v_j >= w_ij). So:
 *   1. every protégé with an undercharged edge is unseated and re-added with addRow, which
 *      prices it at its best profit (so all its edges hold) and keeps the rest;
 *   2. a supporter each unseating left with a free seat may keep a positive price, which the
 *      certificate forbids; `releasePrice` repairs it with the mirror of addRow's search.
 * The result meets every invariant, so it is an optimum of the new graph (certify.ts checks).
 *
 * The mirror search (releasePrice), from supporter s with a free seat and v_s > 0: lowering
 * v_s by some amount and raising u_i of the rows seated at s by the same keeps seated pairs
 * tight; what limits it is an edge (k, s) of another row turning tight. Such a row may then
 * move to s, which frees a seat at its own supporter b, and the search goes on from b: a
 * Dijkstra over supporters whose distance d_b is the reduced cost u_k + v_a - w_ka summed
 * along the moves. It stops at the least of
 *   d_b + v_b for a reached supporter b (b's price reaches 0: b gives up one row, keeps a
 *   free seat at price 0; b = s means s's price simply drops to 0), and
 *   d_a + reduced cost of (k, a) for an unmatched row k (k joins a: one more pair).
 * With Δ that least value, each finished supporter a drops by Δ - d_a and the rows seated
 * there rise by as much; that keeps every reduced cost >= 0 (Dijkstra's labels), makes the
 * moves tight, keeps prices >= 0 (Δ <= d_a + v_a), and leaves every supporter's load but
 * s's and the end's as it was. Each search either zeroes v_s or fills a seat of s, so at most
 * capacity_s + 1 searches per supporter; each is O(E log m) at worst.
 */
import type { RowGraph } from './row-graph';
import { addRow, createPathState, type DualState, type PathState } from './shortest-paths';

/** What a warm start reads of the last answer: its seats and both sides' prices. */
export type LastAnswer = Pick<DualState, 'rowPrice' | 'supporterPrice'> & {
  seats: { rowSupporter: ArrayLike<number> };
};

export function solveWarm(
  graph: RowGraph,
  capacity: ArrayLike<number>,
  last: LastAnswer,
): DualState {
  const state = createPathState(graph, capacity);
  const { rowStart, col, weight } = graph;
  const u = state.rowPrice;
  const v = state.supporterPrice;
  const { seats } = state;
  v.set(last.supporterPrice);
  const proteges = rowStart.length - 1;
  const pending: number[] = [];
  for (let i = 0; i < proteges; i++) {
    let undercharged = false;
    for (let k = rowStart[i]!; k < rowStart[i + 1]!; k++) {
      if (last.rowPrice[i]! + v[col[k]!]! < weight[k]!) {
        undercharged = true;
        break;
      }
    }
    if (undercharged) {
      pending.push(i);
      continue;
    }
    u[i] = last.rowPrice[i]!;
    const j = last.seats.rowSupporter[i]!;
    if (j >= 0) seats.seat(i, j);
  }
  for (const r of pending) addRow(state, r);

  let columns: ColumnGraph | undefined;
  let parent: Int32Array | undefined;
  for (let j = 0; j < capacity.length; j++) {
    while (v[j]! > 0 && seats.load[j]! < capacity[j]!) {
      columns ??= buildColumnGraph(graph, capacity.length);
      parent ??= new Int32Array(capacity.length);
      releasePrice(state, columns, parent, j);
    }
  }
  return state;
}

interface ColumnGraph {
  colStart: Int32Array;
  row: Int32Array;
  weight: Float64Array;
}

function buildColumnGraph(graph: RowGraph, supporters: number): ColumnGraph {
  const { rowStart, col, weight } = graph;
  const colStart = new Int32Array(supporters + 1);
  for (let k = 0; k < col.length; k++) colStart[col[k]! + 1]!++;
  for (let j = 0; j < supporters; j++) colStart[j + 1]! += colStart[j]!;
  const fill = colStart.slice(0, supporters);
  const row = new Int32Array(col.length);
  const w = new Float64Array(col.length);
  for (let i = 0; i + 1 < rowStart.length; i++) {
    for (let k = rowStart[i]!; k < rowStart[i + 1]!; k++) {
      const at = fill[col[k]!]!++;
      row[at] = i;
      w[at] = weight[k]!;
    }
  }
  return { colStart, row, weight: w };
}

/** One mirror search from supporter s (free seat, positive price); see the file comment. */
function releasePrice(state: PathState, columns: ColumnGraph, parent: Int32Array, s: number): void {
  const { seats, heap, dist, predRow, isDone, touched, done } = state;
  const u = state.rowPrice;
  const v = state.supporterPrice;
  const { colStart, row, weight } = columns;
  // predRow[b]: the row that moves out of b; parent[b]: the supporter it moves to.
  let nTouched = 0;
  let nDone = 0;
  let best = Infinity;
  let endCol = -1;
  let endRow = -1;
  let endRowTo = -1;

  dist[s] = 0;
  touched[nTouched++] = s;
  heap.push(s, 0);
  while (!heap.isEmpty && heap.peekKey() < best) {
    const a = heap.pop();
    const d = dist[a]!;
    isDone[a] = 1;
    done[nDone++] = a;
    if (d + v[a]! < best) {
      best = d + v[a]!;
      endCol = a;
      endRow = -1;
    }
    for (let k = colStart[a]!; k < colStart[a + 1]!; k++) {
      const i = row[k]!;
      const b = seats.rowSupporter[i]!;
      if (b === a) continue;
      const nd = d + u[i]! + v[a]! - weight[k]!;
      if (nd >= best) continue;
      if (b < 0) {
        best = nd;
        endRow = i;
        endRowTo = a;
        endCol = -1;
        continue;
      }
      if (isDone[b] || nd >= dist[b]!) continue;
      if (dist[b] === Infinity) touched[nTouched++] = b;
      dist[b] = nd;
      predRow[b] = i;
      parent[b] = a;
      heap.push(b, nd);
    }
  }

  for (let t = 0; t < nDone; t++) {
    const a = done[t]!;
    const drop = best - dist[a]!;
    v[a]! -= drop;
    const from = seats.start[a]!;
    for (let q = from; q < from + seats.load[a]!; q++) u[seats.rows[q]!]! += drop;
  }
  // The moves, applied from s outwards so that every seat taken was freed just before.
  let b = endRow >= 0 ? endRowTo : endCol;
  const path: number[] = [];
  while (b !== s) {
    path.push(b);
    b = parent[b]!;
  }
  for (let t = path.length - 1; t >= 0; t--) seats.seat(predRow[path[t]!]!, parent[path[t]!]!);
  if (endRow >= 0) seats.seat(endRow, endRowTo);

  for (let t = 0; t < nTouched; t++) {
    dist[touched[t]!] = Infinity;
    isDone[touched[t]!] = 0;
  }
  heap.clear();
}
