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
import { confusionTable, parseLabelled, scoreTriage } from './evaluate';

function load(file: string) {
  return parseLabelled(
    readFileSync(join(import.meta.dirname, '../../../data/triage', file), 'utf8'),
  );
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
    const independentScore = scoreTriage(load('independent.jsonl'));
    console.log(confusionTable('independent', independentScore));
    expect(independentScore.accuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('scores at least 90% on the held-out goals', () => {
    const trainScore = scoreTriage(train);
    const holdoutScore = scoreTriage(holdout);
    console.log(
      `${confusionTable('train', trainScore)}\n${confusionTable('holdout', holdoutScore)}`,
    );
    expect(holdoutScore.accuracy).toBeGreaterThanOrEqual(0.9);
  });
});
