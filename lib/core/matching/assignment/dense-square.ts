/**
 * The dense case: every protégé may take every supporter, one seat each, as many supporters
 * as protégés. That is the classic linear assignment problem, and Jonker-Volgenant solves it
 * whole on an n x n cost matrix in four phases (R. Jonker and A. Volgenant, Computing 38 (1987)
 * 325-340), as the paper describes them:
 *   1. column reduction: each column's price is its cheapest cost, and that row takes it;
 *   2. reduction transfer: a row holding one column hands its slack to that column's price;
 *   3. augmenting row reduction, twice: a free row takes its cheapest column at a price just
 *      below its second cheapest, unseating the holder, who tries again (the tie rule: with two
 *      equal cheapest columns, take the second if the first is held, so no price moves);
 *   4. shortest augmenting paths from each row still free, scanning the whole set of columns
 *      at the current minimum distance before the next, and stopping at the first free one.
 * On dense data this beats the sparse solver (shortest-paths.ts) by far: no heap, no edge
 * lists, one pass over a contiguous matrix row per scan, and the reductions seat most rows
 * before any path is searched. Ties, the product's everyday case, are what the tie rules of
 * phases 3 and 4 are for.
 *
 * It minimises cost c_ij = -score_ij (a complete square graph matches every row, so the match
 * bonus changes nothing), then turns the min-cost duals into the prices of the maximisation
 * that certify.ts checks (toMaxPrices). The caller certifies the answer like any other. Costs
 * are integers of at most 10^6 in size, held as Int32 (half the memory a scan reads), and every
 * distance and price is an integer below 2^53, so all of it is exact.
 */
import type { AssignmentProblem } from './types';
import { solveDenseInWasm } from './wasm/dense-wasm';

export interface DenseAnswer {
  rowSupporter: Int32Array;
  rowPrice: Float64Array;
  supporterPrice: Float64Array;
}

/** True when the problem is the classic one: n x n, every pair listed, one seat each. */
export function isCompleteSquare(problem: AssignmentProblem): boolean {
  const { proteges: n, supporters, capacity, edgeRow } = problem;
  if (n === 0 || supporters !== n || edgeRow.length !== n * n) return false;
  for (let j = 0; j < n; j++) if (capacity[j] !== 1) return false;
  // Pairs are unique (validate.ts refuses duplicates), so n * n of them are all of them.
  return true;
}

interface Lap {
  n: number;
  cost: Int32Array;
  /** Column of each row, or -1. */
  rowsol: Int32Array;
  /** Row of each column, or -1. */
  colsol: Int32Array;
  /** Column prices of the min-cost problem. */
  v: Float64Array;
}

/**
 * Which copy of the solver runs: the WebAssembly one (wasm/dense-wasm.ts, the same algorithm
 * compiled, about three times faster) or this JavaScript one. 'wasm' falls back to 'js' where
 * WebAssembly cannot run it (no WebAssembly, or a matrix larger than its memory limit).
 */
export type DenseEngine = 'wasm' | 'js';

/**
 * The optimum, its prices, and its total score (read off the matrix, for the certificate to
 * check). `rowMajor`: the caller knows edge e is the pair (e / n, e % n), as validate.ts finds
 * when the edges come in pair order, so the matrix is the scores in the order given.
 */
export function solveDenseSquare(
  problem: AssignmentProblem,
  bonus: number,
  engine: DenseEngine = 'wasm',
  rowMajor = false,
): DenseAnswer & { total: number } {
  const solved =
    (engine === 'wasm' ? solveDenseInWasm(problem, rowMajor) : null) ??
    solveInJs(problem, rowMajor);
  return { ...toMaxPrices(solved, bonus), total: solved.total };
}

function solveInJs(problem: AssignmentProblem, rowMajor: boolean): Lap & { total: number } {
  const n = problem.proteges;
  const cost = rowMajor ? negated(problem.edgeScore) : costMatrix(problem);
  const lap: Lap = {
    n,
    cost,
    rowsol: new Int32Array(n).fill(-1),
    colsol: new Int32Array(n).fill(-1),
    v: new Float64Array(n),
  };
  const free = new Int32Array(n);
  let left = columnReduction(lap, free);
  for (let pass = 0; pass < 2 && left > 0; pass++) left = augmentingRowReduction(lap, free, left);
  const work: PathWork = {
    open: new Int32Array(n),
    openDistance: new Float64Array(n),
    pred: new Int32Array(n),
    level: new Int32Array(n),
    nearest: new Int32Array(n),
    finished: new Int32Array(n),
    finishedAt: new Float64Array(n),
  };
  for (let f = 0; f < left; f++) augment(lap, free[f]!, work);
  let total = 0;
  for (let i = 0; i < n; i++) total -= cost[i * n + lap.rowsol[i]!]!;
  return { ...lap, total };
}

/** Costs of edges already in row-major order: their scores, negated, in the order given. */
function negated(scores: Int32Array): Int32Array {
  const cost = new Int32Array(scores.length);
  for (let e = 0; e < scores.length; e++) cost[e] = -scores[e]!;
  return cost;
}

/** Row-major costs, one pass over the edges (sequential when they come row by row). */
function costMatrix({ proteges: n, edgeRow, edgeCol, edgeScore }: AssignmentProblem): Int32Array {
  const cost = new Int32Array(n * n);
  for (let e = 0; e < edgeRow.length; e++) cost[edgeRow[e]! * n + edgeCol[e]!] = -edgeScore[e]!;
  return cost;
}

/** Phases 1 and 2. Writes the rows left free into `free` and returns how many there are. */
function columnReduction({ n, cost, rowsol, colsol, v }: Lap, free: Int32Array): number {
  const cheapestRow = columnMinima(n, cost, v);
  const matches = new Int32Array(n);
  // Last column first, as in the paper.
  for (let j = n - 1; j >= 0; j--) {
    const imin = cheapestRow[j]!;
    if (++matches[imin]! === 1) {
      rowsol[imin] = j;
      colsol[j] = imin;
    } else if (v[j]! < v[rowsol[imin]!]!) {
      // The row keeps its cheapest column; the one it held is free again.
      colsol[rowsol[imin]!] = -1;
      rowsol[imin] = j;
      colsol[j] = imin;
    } else colsol[j] = -1;
  }
  let count = 0;
  for (let i = 0; i < n; i++) {
    if (matches[i] === 0) free[count++] = i;
    else if (matches[i] === 1) {
      // u_i is the row's second-cheapest reduced cost; its own column's price drops by it.
      const j1 = rowsol[i]!;
      const min = cheapestElsewhere(n, cost, v, i, j1);
      if (min !== Infinity) v[j1] = v[j1]! - min;
    }
  }
  return count;
}

/**
 * Each column's cheapest cost into `v` and the first row holding it, read row by row (the
 * matrix is row-major, so a column at a time would stride through memory). Loops of their own
 * here and below: V8 then compiles each once, where a long function re-entered its loops in
 * the interpreter on every call.
 */
function columnMinima(n: number, cost: Int32Array, v: Float64Array): Int32Array {
  const cheapestRow = new Int32Array(n);
  for (let j = 0; j < n; j++) v[j] = cost[j]!;
  for (let i = 1; i < n; i++) {
    const row = i * n;
    for (let j = 0; j < n; j++) {
      const c = cost[row + j]!;
      if (c < v[j]!) {
        v[j] = c;
        cheapestRow[j] = i;
      }
    }
  }
  return cheapestRow;
}

/** Row i's least reduced cost over the columns other than `skip`. */
function cheapestElsewhere(
  n: number,
  cost: Int32Array,
  v: Float64Array,
  i: number,
  skip: number,
): number {
  const row = i * n;
  let min = Infinity;
  for (let j = 0; j < n; j++) {
    const h = cost[row + j]! - v[j]!;
    if (h < min && j !== skip) min = h;
  }
  return min;
}

/** Phase 3, one pass over the free rows. Returns how many rows are free after it. */
function augmentingRowReduction(
  { n, cost, rowsol, colsol, v }: Lap,
  free: Int32Array,
  previous: number,
): number {
  let k = 0;
  let count = 0;
  const two = new Float64Array(4);
  while (k < previous) {
    const i = free[k++]!;
    // The cheapest and second-cheapest reduced costs of the row, and where they are.
    twoCheapest(n, cost, v, i, two);
    const umin = two[0]!;
    const usubmin = two[1]!;
    let j1 = two[2]!;
    const j2 = two[3]!;
    let i0 = colsol[j1]!;
    if (umin < usubmin) {
      // Lower j1's price so that it is exactly as cheap as j2 for this row.
      v[j1] = v[j1]! - (usubmin - umin);
    } else if (i0 >= 0 && j2 >= 0) {
      // A tie: take the second column instead, so no price has to move.
      j1 = j2;
      i0 = colsol[j2]!;
    }
    rowsol[i] = j1;
    colsol[j1] = i;
    if (i0 >= 0) {
      rowsol[i0] = -1;
      // The unseated row tries again at once when a price moved, else in the next pass.
      if (umin < usubmin) free[--k] = i0;
      else free[count++] = i0;
    }
  }
  return count;
}

/** Row i's least and second-least reduced costs and their columns, into `out` in that order. */
function twoCheapest(n: number, cost: Int32Array, v: Float64Array, i: number, out: Float64Array) {
  const row = i * n;
  let umin = cost[row]! - v[0]!;
  let j1 = 0;
  let j2 = -1;
  let usubmin = Infinity;
  for (let j = 1; j < n; j++) {
    const h = cost[row + j]! - v[j]!;
    if (h < usubmin) {
      if (h >= umin) {
        usubmin = h;
        j2 = j;
      } else {
        usubmin = umin;
        umin = h;
        j2 = j1;
        j1 = j;
      }
    }
  }
  out[0] = umin;
  out[1] = usubmin;
  out[2] = j1;
  out[3] = j2;
}

interface PathWork {
  /** The columns not yet reached at the current minimum, in increasing order. */
  open: Int32Array;
  /** Distance of each open column, in the order of `open`. */
  openDistance: Float64Array;
  /** Row before each column on the shortest path tree. */
  pred: Int32Array;
  /** The columns at the current minimum distance, to scan first in, first out. */
  level: Int32Array;
  /** The open columns nearest after the last pass (the next level), in increasing order. */
  nearest: Int32Array;
  /** Columns scanned, and the distance each was scanned at. */
  finished: Int32Array;
  finishedAt: Float64Array;
}

/**
 * Phase 4 for one free row: Dijkstra over the columns, JV's way. The columns at the current
 * minimum distance form a level; if one of them is unseated the path ends there, otherwise the
 * rows seated at them are scanned first in, first out (the columns such a scan reaches at the
 * same minimum join the level, and an unseated one ends the path at once). Each scan is one
 * pass over the open columns that relaxes their distances, drops the ones now in the level,
 * compacts the list, and collects the nearest ones left, which are the next level when this
 * one runs out. So each scanned column costs one pass over contiguous arrays, in increasing
 * column order, and a level costs nothing more. The first-in, first-out order within a level
 * matters: taking tied columns in another order gives the same distances but other paths, and
 * on tie-heavy data later rows then need several times as many scans.
 */
function augment({ n, cost, rowsol, colsol, v }: Lap, freeRow: number, work: PathWork): void {
  const { open, openDistance, pred, finished, finishedAt } = work;
  let { level, nearest } = work;
  const start = freeRow * n;
  let nextMin = Infinity;
  let nearestCount = 0;
  for (let j = 0; j < n; j++) {
    const h = cost[start + j]! - v[j]!;
    open[j] = j;
    openDistance[j] = h;
    pred[j] = freeRow;
    if (h <= nextMin) {
      if (h < nextMin) {
        nextMin = h;
        nearestCount = 0;
      }
      nearest[nearestCount++] = j;
    }
  }
  let openCount = n;
  let min = 0;
  let head = 0;
  let tail = 0;
  let finishedCount = 0;
  let endOfPath = -1;
  while (endOfPath < 0) {
    if (head === tail) {
      // The level is spent: the nearest open columns are the next, unless one is unseated.
      min = nextMin;
      const swap = level;
      level = nearest;
      nearest = swap;
      head = 0;
      tail = nearestCount;
      for (let k = 0; k < tail; k++) {
        if (colsol[level[k]!]! < 0) {
          endOfPath = level[k]!;
          break;
        }
      }
      if (endOfPath >= 0) break;
    }
    const j1 = level[head++]!;
    finished[finishedCount] = j1;
    finishedAt[finishedCount++] = min;
    const i = colsol[j1]!;
    const row = i * n;
    // Distances through row i: min + the reduced cost of (i, j), i.e. cost - v - h.
    const h = cost[row + j1]! - v[j1]! - min;
    nextMin = Infinity;
    nearestCount = 0;
    let kept = 0;
    for (let k = 0; k < openCount; k++) {
      const j = open[k]!;
      let dj = openDistance[k]!;
      // At the minimum already: in the level (every open column at it was put there).
      if (dj === min) continue;
      const through = cost[row + j]! - v[j]! - h;
      if (through < dj) {
        pred[j] = i;
        if (through === min) {
          if (colsol[j]! < 0) {
            endOfPath = j;
            break;
          }
          level[tail++] = j;
          continue;
        }
        dj = through;
      }
      open[kept] = j;
      openDistance[kept++] = dj;
      if (dj <= nextMin) {
        if (dj < nextMin) {
          nextMin = dj;
          nearestCount = 0;
        }
        nearest[nearestCount++] = j;
      }
    }
    openCount = kept;
  }
  // Finished columns' prices fall by how much closer than the path's end they were.
  for (let f = 0; f < finishedCount; f++) {
    const j = finished[f]!;
    v[j] = v[j]! + finishedAt[f]! - min;
  }
  // Flip the path back to the free row.
  for (;;) {
    const i = pred[endOfPath]!;
    colsol[endOfPath] = i;
    const next = rowsol[i]!;
    rowsol[i] = endOfPath;
    if (i === freeRow) break;
    endOfPath = next;
  }
}

/**
 * The min-cost duals (u_i + v_j <= c_ij, equal on seated pairs) as the maximisation's prices
 * (U_i + V_j >= w_ij = score_ij + bonus = bonus - c_ij): V_j = max(v) - v_j and U_i = w of
 * the row's pair - V of its column. Both are >= 0: V by construction, and U because a row
 * holds a column of least reduced cost (if i holds j, v_k - v_j <= c_ik - c_ij = s_ij - s_ik
 * <= s_ij for every k), so V_j <= s_ij and U_i >= bonus > 0.
 */
function toMaxPrices(
  { n, cost, rowsol, v }: Pick<Lap, 'n' | 'cost' | 'rowsol' | 'v'>,
  bonus: number,
): DenseAnswer {
  let top = -Infinity;
  for (let j = 0; j < n; j++) if (v[j]! > top) top = v[j]!;
  const supporterPrice = new Float64Array(n);
  for (let j = 0; j < n; j++) supporterPrice[j] = top - v[j]!;
  const rowPrice = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const j = rowsol[i]!;
    rowPrice[i] = bonus - cost[i * n + j]! - supporterPrice[j]!;
  }
  return { rowSupporter: rowsol, rowPrice, supporterPrice };
}
