/**
 * The cohort's score table, row by row: one row per need (a goal and a kind), one column per
 * supporter, in the order assign.ts reads it. Filling it is the largest stage of a large run
 * that is not the solve, and rows are independent, so the table can be filled in parts, by
 * several threads over one shared buffer (lib/node/matching), each part the same as the whole
 * table filled at once would hold.
 */
import type { FitContext, PreparedFile, PreparedGoal, SupportKind } from '@/lib/core/matching/fit';
import { offersKind } from '@/lib/core/matching/fit';
import { evidenceKey } from '@/lib/core/matching/fit/lived';
import { rowScorer } from './row-scorer';
import { buildSupporterTable, type SupporterTable } from './supporter-table';

export interface CohortNeed {
  goal: PreparedGoal;
  kind: SupportKind;
}

/** The table's rows: each goal's kinds, in file order. */
export function cohortNeeds(prepared: PreparedFile): CohortNeed[] {
  return prepared.goals.flatMap((goal) => goal.kinds.map((kind) => ({ goal, kind })));
}

/**
 * The table's rows in groups, the costliest first, for threads to take one at a time. A
 * mentor row's cost is mostly its target's lived evidence, worked out once per evidence key
 * against every mentor (the row scorer keeps it), so the rows of one key form one group: split
 * apart, each thread would work it out again. Every other row is a group of its own.
 */
export function rowGroups(prepared: PreparedFile): Int32Array[] {
  const needs = cohortNeeds(prepared);
  const people = [...prepared.people.values()];
  const columns = people.filter(
    (person) => offersKind(person, 'mentor') || offersKind(person, 'coach'),
  ).length;
  // Measured at 20,000 people: one evidence call costs about as much as a dozen pairs' scores.
  const keyCost = 12 * people.filter((person) => offersKind(person, 'mentor')).length;
  const groups = new Map<string, number[]>();
  needs.forEach(({ goal, kind }, row) => {
    const key = kind === 'mentor' ? `mentor:${evidenceKey(goal.mentorTarget)}` : `row:${row}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(row);
  });
  const costOf = (key: string, rows: number[]) =>
    rows.length * columns + (key.startsWith('mentor:') ? keyCost : 0);
  return [...groups]
    .sort(([keyA, a], [keyB, b]) => costOf(keyB, b) - costOf(keyA, a) || a[0]! - b[0]!)
    .map(([, rows]) => Int32Array.from(rows));
}

/**
 * Scores groups of rows into `table` (needs x supporters, row-major) until `next` says there
 * are none left: `next` hands out group numbers, so several threads sharing one counter and
 * one table fill it together. Rows of groups this thread does not take are left as they are.
 */
export function scoreRowGroups(
  prepared: PreparedFile,
  context: FitContext,
  groups: readonly Int32Array[],
  next: () => number,
  table: Int16Array,
  supporters: SupporterTable = buildSupporterTable(prepared, context),
): number {
  const needs = cohortNeeds(prepared);
  const columns = supporters.people.length;
  const scorer = rowScorer(prepared, supporters, context);
  let scored = 0;
  for (let group = next(); group < groups.length; group = next()) {
    for (const row of groups[group]!) {
      const need = needs[row]!;
      scorer.score(need.goal, need.kind, table.subarray(row * columns, (row + 1) * columns));
      scored++;
    }
  }
  return scored;
}
