/**
 * How the triage scores on every labelled set: `npm run eval:triage` prints accuracy per set
 * and part, then a confusion matrix for each. The hard cases are split by data/intent/split.json
 * into a tune part (which may inform rules) and a holdout part (only ever scored).
 *   --show-misses tune   also lists the tune part's misses, goal, label and prediction.
 *   --without-holdout    leaves the hard-cases holdout out, for the runs made while tuning.
 * Misses are only ever shown for the tune part: reading the holdout's would turn it into
 * tuning data, so the script refuses any other part.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LabelledGoal, Score } from '@/lib/core/triage/evaluate';
import {
  confusionTable,
  parseLabelled,
  parseSplit,
  percent,
  pickLines,
  scoreTriage,
} from '@/lib/core/triage/evaluate';

const root = join(import.meta.dirname, '..');

function load(file: string): LabelledGoal[] {
  return parseLabelled(readFileSync(join(root, 'data/triage', file), 'utf8'));
}

function parts(withHoldout: boolean): { name: string; items: LabelledGoal[] }[] {
  const split = parseSplit(readFileSync(join(root, 'data/intent/split.json'), 'utf8'));
  const hard = load('hard-cases.jsonl');
  return [
    { name: 'train (tuned on)', items: load('train.jsonl') },
    { name: 'holdout', items: load('holdout.jsonl') },
    { name: 'independent', items: load('independent.jsonl') },
    { name: 'hard-cases tune', items: pickLines(hard, split.triageTune) },
    ...(withHoldout
      ? [{ name: 'hard-cases holdout', items: pickLines(hard, split.triageHoldout) }]
      : []),
  ];
}

function summary(scores: readonly { name: string; score: Score }[]): string {
  const width = Math.max(...scores.map(({ name }) => name.length));
  const lines = scores.map(
    ({ name, score }) =>
      `${name.padEnd(width)}  ${String(score.right).padStart(4)}/${String(score.size).padEnd(4)} ${percent(score.accuracy).padStart(6)}`,
  );
  return [`${'set / part'.padEnd(width)}  right/n    accuracy`, ...lines].join('\n');
}

function missList(score: Score): string {
  return score.misses
    .map(
      ({ item, predicted }) =>
        `line ${item.line}: label ${item.label}, predicted ${predicted}\n  ${item.goal}` +
        (item.clarity || item.needs
          ? `\n  clarity ${item.clarity ?? '-'}, needs ${(item.needs ?? []).join(', ') || '-'}`
          : '') +
        (item.note ? `\n  note: ${item.note}` : ''),
    )
    .join('\n');
}

function main(args: readonly string[]): number {
  const flag = args.indexOf('--show-misses');
  const showMisses = flag >= 0 ? args[flag + 1] : undefined;
  if (flag >= 0 && showMisses !== 'tune') {
    process.stderr.write(
      'usage: eval-triage [--show-misses tune] [--without-holdout]\nOnly the tune part of the hard cases may show its misses.\n',
    );
    return 2;
  }
  const scores = parts(!args.includes('--without-holdout')).map(({ name, items }) => ({
    name,
    score: scoreTriage(items),
  }));
  const out = [
    summary(scores),
    '',
    ...scores.map(({ name, score }) => confusionTable(name, score)),
  ];
  const tune = scores.find(({ name }) => name === 'hard-cases tune');
  if (showMisses === 'tune' && tune)
    out.push('', 'Misses in hard-cases tune:', missList(tune.score));
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
