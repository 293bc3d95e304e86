/**
 * Solves one graph exactly: the row-reduction warm-up, then a shortest augmenting path for
 * every protégé it left over.
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
