/**
 * The warm-up before the shortest paths: the augmenting row reduction of R. Jonker and
 * A. Volgenant, Computing 38 (1987) 325-340, adapted to capacity. Each free protégé takes its
 * best supporter; if that supporter is full, its single price rises just enough that the
 * newcomer is still content and the seated protégé with the thinnest margin (best minus
 * second-best profit) is no better off than elsewhere, and that one is bumped back into the
 * queue. The rise is an auction bid (D. P. Bertsekas, "The auction algorithm: a distributed
 * relaxation method for the assignment problem", Annals of Operations Research 14 (1988)
 * 105-123) with epsilon = 0 and no epsilon-scaling: without an epsilon, ties make no
 * progress, so a protégé whose best and second-best are equal takes a free seat at either of
 * them (JV's tie rule) or, when both are full, is handed to the shortest paths.
 * On "popular mentor" data this sets the popular prices in a few cheap steps instead of one
 * long Dijkstra per protégé.
 *
 * Invariants for every seated protégé, the ones shortest-paths.ts needs: its pair is tight
 * (u_i + v_j = w_ij); u_i >= its recorded second-best profit, which can only overstate the
 * true one as prices only rise, so u_i + v_j >= w_ij on all its edges; prices only rise, and
 * only full supporters' prices rise (so a zero price stays zero while there is a free seat).
 *
 * Why it ends, and its cost: the queue holds each unseated protégé at most once (a bumped one
 * was seated), so a ring of n + 1 slots never overflows; every turn either spends one unit of
 * the budget (stepsPerRow * n) or, once it is spent, hands a protégé over for good. So at most
 * budget + n turns, each O(degree + capacity) for the protégé's edges and the supporter's seats.
 */
import type { PathState } from './shortest-paths';

export function reduceRows(state: PathState, stepsPerRow: number): number[] {
  const { graph, capacity, seats } = state;
  const { rowStart, col, weight } = graph;
  const u = state.rowPrice;
  const v = state.supporterPrice;
  const proteges = rowStart.length - 1;
  const second = new Float64Array(proteges);
  const queue = new Int32Array(proteges + 1);
  let head = 0;
  let tail = 0;
  for (let r = 0; r < proteges; r++) if (rowStart[r]! < rowStart[r + 1]!) queue[tail++] = r;
  const left: number[] = [];
  let budget = stepsPerRow * proteges;

  while (head !== tail) {
    const r = queue[head]!;
    head = head === proteges ? 0 : head + 1;
    if (budget-- <= 0) {
      left.push(r);
      continue;
    }
    // Best and second-best profit, "stay unmatched" counting as a profit of 0.
    let best = 0;
    let bestCol = -1;
    let next = 0;
    let nextCol = -1;
    for (let k = rowStart[r]!; k < rowStart[r + 1]!; k++) {
      const gain = weight[k]! - v[col[k]!]!;
      if (gain > best) {
        next = best;
        nextCol = bestCol;
        best = gain;
        bestCol = col[k]!;
      } else if (gain > next) {
        next = gain;
        nextCol = col[k]!;
      }
    }
    if (bestCol < 0) {
      left.push(r);
      continue;
    }
    // JV's tie rule: when the two best profits are equal, a free seat at either is taken at
    // no price change; otherwise a bid would raise nothing, so the paths take the protégé.
    if (best === next) {
      if (seats.load[bestCol]! >= capacity[bestCol]!) bestCol = nextCol;
      if (bestCol < 0 || seats.load[bestCol]! >= capacity[bestCol]!) {
        left.push(r);
        continue;
      }
    }
    if (seats.load[bestCol]! < capacity[bestCol]!) {
      seats.seat(r, bestCol);
      u[r] = best;
      second[r] = next;
      continue;
    }
    const from = seats.start[bestCol]!;
    const to = from + seats.load[bestCol]!;
    let bumped = -1;
    let thinnest = Infinity;
    for (let s = from; s < to; s++) {
      const i = seats.rows[s]!;
      if (u[i]! - second[i]! < thinnest) {
        thinnest = u[i]! - second[i]!;
        bumped = i;
      }
    }
    // A supporter with no seats at all (capacity 0) is left to the shortest paths.
    if (bumped < 0) {
      left.push(r);
      continue;
    }
    const rise = Math.min(best - next, thinnest);
    v[bestCol]! += rise;
    for (let s = from; s < to; s++) u[seats.rows[s]!]! -= rise;
    seats.leave(bumped);
    queue[tail] = bumped;
    tail = tail === proteges ? 0 : tail + 1;
    seats.seat(r, bestCol);
    u[r] = best - rise;
    second[r] = next;
  }
  return left;
}
