/**
 * Scoring the triage against hand-labelled goals: accuracy, a confusion matrix and a printable
 * table. Pure (the caller reads the files), so the accuracy test and `npm run eval:triage`
 * share one definition of what a score is.
 */
import { z } from 'zod';
import { triageLineSchema } from './input-schema';
import { triageGoal } from './index';
import type { TriageKind } from './types';

export const KINDS: readonly TriageKind[] = ['mentor', 'coach', 'both'];

const labelledSchema = triageLineSchema.extend({
  label: z.enum(['mentor', 'coach', 'both']),
  note: z.string().optional(),
});

export type LabelledGoal = z.infer<typeof labelledSchema> & {
  /** 1-based line in its file, the numbering a split refers to. */
  line: number;
};

/** Every non-blank line of a JSON Lines file, numbered as the file numbers them. */
export function parseLabelled(text: string): LabelledGoal[] {
  return text
    .split('\n')
    .flatMap((raw, index) =>
      raw.trim() === '' ? [] : [{ ...labelledSchema.parse(JSON.parse(raw)), line: index + 1 }],
    );
}

const splitSchema = z.object({
  triageTune: z.array(z.number().int().positive()),
  triageHoldout: z.array(z.number().int().positive()),
});

/** The hard cases' split (data/intent/split.json): which lines may inform rules, which never. */
export function parseSplit(text: string): z.infer<typeof splitSchema> {
  return splitSchema.parse(JSON.parse(text));
}

/** The lines a split names, so a part is scored without anyone looking at the others. */
export function pickLines(
  items: readonly LabelledGoal[],
  lines: readonly number[],
): LabelledGoal[] {
  const wanted = new Set(lines);
  return items.filter((item) => wanted.has(item.line));
}

export interface Miss {
  item: LabelledGoal;
  predicted: TriageKind;
}

export interface Score {
  size: number;
  right: number;
  accuracy: number;
  /** matrix[label][predicted], both in KINDS order. */
  matrix: number[][];
  misses: Miss[];
}

export function scoreTriage(items: readonly LabelledGoal[]): Score {
  const matrix = KINDS.map(() => KINDS.map(() => 0));
  const misses: Miss[] = [];
  for (const item of items) {
    const predicted = triageGoal(item).kind;
    const row = matrix[KINDS.indexOf(item.label)];
    const column = KINDS.indexOf(predicted);
    if (row) row[column] = (row[column] ?? 0) + 1;
    if (predicted !== item.label) misses.push({ item, predicted });
  }
  const right = items.length - misses.length;
  return {
    size: items.length,
    right,
    accuracy: items.length === 0 ? 0 : right / items.length,
    matrix,
    misses,
  };
}

export function percent(accuracy: number): string {
  return `${(accuracy * 100).toFixed(1)}%`;
}

/** The confusion matrix as text, rows the label and columns the prediction. */
export function confusionTable(name: string, score: Score): string {
  const header = `${name}: ${score.right}/${score.size} = ${percent(score.accuracy)}\n  label \\ predicted  ${KINDS.map((kind) => kind.padStart(6)).join(' ')}`;
  const rows = score.matrix.map(
    (row, i) =>
      `  ${(KINDS[i] ?? '').padEnd(18)} ${row.map((n) => String(n).padStart(6)).join(' ')}`,
  );
  return [header, ...rows].join('\n');
}
