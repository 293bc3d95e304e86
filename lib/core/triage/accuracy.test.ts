/**
 * How well the triage agrees with hand-labelled goals. The rules were tuned on train.jsonl
 * only; holdout.jsonl was written first and kept out of tuning, so its score is the honest one.
 * independent.jsonl was written afterwards by another author who never saw the rules or the
 * other sets; it is never used for tuning either, and guards against the rules merely
 * matching their author's phrasing. hard-cases.jsonl, written independently around the
 * labelling rules in its README, is split by data/intent/split.json: the tune part informed
 * the rules, the holdout part is only ever scored (its misses are never printed).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { confusionTable, parseLabelled, parseSplit, pickLines, scoreTriage } from './evaluate';

const data = join(import.meta.dirname, '../../../data');

function load(file: string) {
  return parseLabelled(readFileSync(join(data, 'triage', file), 'utf8'));
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

  describe('hard cases', () => {
    const hard = load('hard-cases.jsonl');
    const split = parseSplit(readFileSync(join(data, 'intent/split.json'), 'utf8'));

    it('scores at least 98% on the tune part', () => {
      const tuneScore = scoreTriage(pickLines(hard, split.triageTune));
      console.log(confusionTable('hard-cases tune', tuneScore));
      expect(tuneScore.accuracy).toBeGreaterThanOrEqual(0.98);
    });

    // Measured once, at 95.9% (71 of 74), when these rules were written; never tuned on.
    it('scores at least 94% on the holdout part', () => {
      const holdoutScore = scoreTriage(pickLines(hard, split.triageHoldout));
      expect(holdoutScore.accuracy).toBeGreaterThanOrEqual(0.94);
    });
  });
});
