/**
 * Solves one graph exactly: the row-reduction warm-up, then a shortest augmenting path for
 * every protégé it left over. With n protégés, m supporters and E edges in the graph that is
 * O(n E log m) at worst (the warm-up is bounded by its budget; see each module), and far less
 * in practice: most paths end at the first free seat they reach.
 *
 * Start prices (warm prices) are safe but not always conclusive. Every protégé starts
 * unseated, and each one the paths seat gets u_i >= best profit at the current prices, so
 * u_i + v_j >= w_ij and tight seated pairs hold whatever v started at. What a start can break
 * is "v_j > 0 only for full supporters": a supporter whose start price is too high for it to
 * fill ends with a price and a free seat. The certificate rejects exactly that (optimal:
 * false), so a caller either passes no start prices or checks and falls back, as
 * cohort/pricing.ts does.
 */
import type { RowGraph } from './row-graph';
import { reduceRows } from './row-reduction';
import { addRow, createPathState, type DualState } from './shortest-paths';

export function solveOnGraph(
  graph: RowGraph,
  capacity: ArrayLike<number>,
  warmUpSteps: number,
  startPrices?: ArrayLike<number>,
): DualState {
  const state = createPathState(graph, capacity);
  if (startPrices) state.supporterPrice.set(startPrices);
  const left = warmUpSteps > 0 ? reduceRows(state, warmUpSteps) : range(graph.rowStart.length - 1);
  for (const r of left) addRow(state, r);
  return state;
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}
