/**
 * How well read intents agree with labelled ones, field by field, for the accuracy report
 * (scripts/eval-intent.ts). Functions are compared through the canonical function key, so a
 * label's "HR" and a reading's "People" agree, and titles after normalising both sides.
 */
import { functionKey } from '@/lib/core/roles/canonical-function';
import { normaliseRole } from '@/lib/core/roles/normalise-role';
import { INTENT_MOVES, type GoalIntent, type IntentMove, type RoleReading } from './types';

export interface IntentPair {
  expected: GoalIntent;
  read: GoalIntent;
}

export const FIELDS = [
  'targetFunction',
  'targetLevel',
  'sameRole',
  'title',
  'moves',
  'coachingAreas',
  'allButTitle',
  'all',
] as const;
export type Field = (typeof FIELDS)[number];

export interface MoveScore {
  move: IntentMove;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface IntentScore {
  total: number;
  right: Record<Field, number>;
  moves: MoveScore[];
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item) => b.includes(item));

const keyOf = (role: RoleReading) => functionKey(role.function)?.toLowerCase() ?? null;

function titleOf(role: RoleReading): string | null {
  if (role.title === null) return null;
  return normaliseRole(role.title, { function: role.function, level: role.level }).title;
}

/** Which fields a reading gets right. */
export function fieldsRight(pair: IntentPair): Record<Field, boolean> {
  const expected = pair.expected.targetRole;
  const read = pair.read.targetRole;
  const targetFunction = keyOf(expected) === keyOf(read);
  const targetLevel = expected.level === read.level;
  const title = titleOf(expected) === titleOf(read);
  const moves = sameSet(pair.expected.moves, pair.read.moves);
  const coachingAreas = sameSet(pair.expected.coachingAreas, pair.read.coachingAreas);
  const allButTitle = targetFunction && targetLevel && moves && coachingAreas;
  return {
    targetFunction,
    targetLevel,
    sameRole: targetFunction && targetLevel,
    title,
    moves,
    coachingAreas,
    allButTitle,
    all: allButTitle && title,
  };
}

export function scoreIntents(pairs: readonly IntentPair[]): IntentScore {
  const right = Object.fromEntries(FIELDS.map((field) => [field, 0])) as Record<Field, number>;
  const moves = INTENT_MOVES.map((move) => ({
    move,
    truePositives: 0,
    falsePositives: 0,
    falseNegatives: 0,
  }));
  for (const pair of pairs) {
    const fields = fieldsRight(pair);
    for (const field of FIELDS) if (fields[field]) right[field]++;
    for (const score of moves) {
      const wanted = pair.expected.moves.includes(score.move);
      const given = pair.read.moves.includes(score.move);
      if (wanted && given) score.truePositives++;
      else if (given) score.falsePositives++;
      else if (wanted) score.falseNegatives++;
    }
  }
  return { total: pairs.length, right, moves };
}

const LABELS: Record<Field, string> = {
  targetFunction: 'target function',
  targetLevel: 'target level',
  sameRole: 'same role (function + level)',
  title: 'title (normalised equal)',
  moves: 'moves (exact set)',
  coachingAreas: 'coaching areas (exact set)',
  allButTitle: 'all fields but title',
  all: 'all fields right',
};

const percent = (part: number, whole: number) =>
  whole === 0 ? '   -  ' : `${((100 * part) / whole).toFixed(1).padStart(5)}%`;

export function scoreTable(name: string, score: IntentScore): string {
  const lines = [`${name}: ${score.total} goals`, ''];
  lines.push(`${'field'.padEnd(30)} ${'right'.padStart(7)}  accuracy`);
  for (const field of FIELDS) {
    const right = `${score.right[field]}/${score.total}`;
    lines.push(
      `${LABELS[field].padEnd(30)} ${right.padStart(7)}  ${percent(score.right[field], score.total)}`,
    );
  }
  lines.push(
    '',
    `${'move'.padEnd(24)} ${'labelled'.padStart(8)} ${'read'.padStart(5)}  precision   recall`,
  );
  for (const move of score.moves) {
    const given = move.truePositives + move.falsePositives;
    const wanted = move.truePositives + move.falseNegatives;
    lines.push(
      `${move.move.padEnd(24)} ${String(wanted).padStart(8)} ${String(given).padStart(5)}  ${percent(move.truePositives, given).padStart(9)} ${percent(move.truePositives, wanted).padStart(8)}`,
    );
  }
  return lines.join('\n');
}
