/**
 * The cohort's score table the plain way, for tests of the ways that fill it in parts: one
 * row scorer, every row in order.
 */
import { rowScorer } from '@/lib/core/matching/cohort/row-scorer';
import { cohortNeeds } from '@/lib/core/matching/cohort/score-rows';
import { buildSupporterTable } from '@/lib/core/matching/cohort/supporter-table';
import type { FitContext, PreparedFile } from '@/lib/core/matching/fit';

export function scoredInOrder(prepared: PreparedFile, context: FitContext): Int16Array {
  const needs = cohortNeeds(prepared);
  const supporters = buildSupporterTable(prepared, context);
  const columns = supporters.people.length;
  const table = new Int16Array(needs.length * columns);
  const scorer = rowScorer(prepared, supporters, context);
  needs.forEach(({ goal, kind }, row) =>
    scorer.score(goal, kind, table.subarray(row * columns, (row + 1) * columns)),
  );
  return table;
}
