/**
 * How well the triage agrees with hand-labelled goals. The rules were tuned on train.jsonl
 * only; holdout.jsonl was written first and kept out of tuning, so its score is the honest one.
 * independent.jsonl was written afterwards by another author who never saw the rules or the
 * other sets; it is never used for tuning either, and guards against the rules merely
 * matching their author's phrasing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { triageLineSchema } from './input-schema';
import { triageGoal } from './index';
import type { TriageKind } from './types';

const KINDS: readonly TriageKind[] = ['mentor', 'coach', 'both'];
const labelledSchema = triageLineSchema.extend({
  label: z.enum(['mentor', 'coach', 'both']),
  note: z.string().optional(),
});

function load(file: string) {
  return readFileSync(join(import.meta.dirname, '../../../data/triage', file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => labelledSchema.parse(JSON.parse(line)));
}

function score(items: ReturnType<typeof load>) {
  const matrix = KINDS.map(() => KINDS.map(() => 0));
  let right = 0;
  for (const item of items) {
    const predicted = triageGoal(item).kind;
    const row = matrix[KINDS.indexOf(item.label)];
    if (row) row[KINDS.indexOf(predicted)] = (row[KINDS.indexOf(predicted)] ?? 0) + 1;
    if (predicted === item.label) right++;
  }
  return { accuracy: right / items.length, matrix };
}

function table(name: string, { accuracy, matrix }: ReturnType<typeof score>): string {
  const header = `${name}: accuracy ${(accuracy * 100).toFixed(1)}%\n  label \\ predicted  ${KINDS.map((k) => k.padStart(6)).join(' ')}`;
  const rows = matrix.map(
    (row, i) =>
      `  ${(KINDS[i] ?? '').padEnd(18)} ${row.map((n) => String(n).padStart(6)).join(' ')}`,
  );
  return [header, ...rows].join('\n');
}

describe('triage accuracy on the labelled dataset', () => {
  const train = load('train.jsonl');
  const holdout = load('holdout.jsonl');

  it('has enough labelled goals, a quarter of them held out', () => {
    expect(train.length + holdout.length).toBeGreaterThanOrEqual(120);
    const share = holdout.length / (train.length + holdout.length);
    expect(share).toBeGreaterThanOrEqual(0.2);
    expect(share).toBeLessThanOrEqual(0.3);
  });

  it('scores at least 90% on goals written by someone who never saw the rules', () => {
    const independentScore = score(load('independent.jsonl'));
    console.log(table('independent', independentScore));
    expect(independentScore.accuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('scores at least 90% on the held-out goals', () => {
    const trainScore = score(train);
    const holdoutScore = score(holdout);
    console.log(`${table('train', trainScore)}\n${table('holdout', holdoutScore)}`);
    expect(holdoutScore.accuracy).toBeGreaterThanOrEqual(0.9);
  });
});
