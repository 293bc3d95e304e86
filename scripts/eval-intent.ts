/**
 * The intent reader's accuracy on the labelled goals of data/intent (see its README):
 *   npm run eval:intent -- [--part tune|holdout|all] [--show-misses]
 * Rules may be tuned on the tune part only; the holdout part is for the final figures, so
 * this script prints nothing of a holdout goal but the totals, and --show-misses (which
 * prints each goal read wrong with both readings) works on the tune part alone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import {
  fieldsRight,
  scoreIntents,
  scoreTable,
  type IntentPair,
} from '@/lib/core/goals/intent/evaluate';
import { readGoalIntent } from '@/lib/core/goals/intent/read-intent';
import { goalIntentSchema } from '@/lib/core/goals/intent/schema';
import { GOAL_NEEDS } from '@/lib/core/goals/needs';

const DATA = join(import.meta.dirname, '..', 'data', 'intent');
const PARTS = ['tune', 'holdout', 'all'] as const;
type Part = (typeof PARTS)[number];

const lineSchema = z.object({
  goal: z.string(),
  currentTitle: z.string(),
  currentLevel: z.number().int(),
  currentFunction: z.string(),
  targetTitle: z.string().optional(),
  targetLevel: z.number().int().optional(),
  needs: z.array(z.enum(GOAL_NEEDS)).optional(),
  intent: goalIntentSchema,
});
const splitSchema = z.object({
  tune: z.array(z.number().int().positive()),
  holdout: z.array(z.number().int().positive()),
});

function parseArguments(argv: readonly string[]): { part: Part; showMisses: boolean } {
  let part: Part = 'holdout';
  let showMisses = false;
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i];
    if (argument === '--show-misses') showMisses = true;
    else if (argument === '--part' || argument?.startsWith('--part=')) {
      const value = argument === '--part' ? argv[++i] : argument.slice('--part='.length);
      if (!PARTS.includes(value as Part)) throw new Error(`--part is one of ${PARTS.join(', ')}`);
      part = value as Part;
    } else throw new Error(`Unknown argument ${argument}`);
  }
  if (showMisses && part !== 'tune') {
    throw new Error('--show-misses prints goals, so it works on --part tune only.');
  }
  return { part, showMisses };
}

function main(): void {
  const { part, showMisses } = parseArguments(process.argv.slice(2));
  const split = splitSchema.parse(JSON.parse(readFileSync(join(DATA, 'split.json'), 'utf8')));
  const lines = readFileSync(join(DATA, 'goals.jsonl'), 'utf8').split('\n');
  const numbers = part === 'all' ? [...split.tune, ...split.holdout] : split[part];
  const pairs: (IntentPair & { line: number; goal: string })[] = [...numbers]
    .sort((a, b) => a - b)
    .map((line) => {
      const labelled = lineSchema.parse(JSON.parse(lines[line - 1] ?? ''));
      const read = readGoalIntent({
        goal: labelled.goal,
        currentTitle: labelled.currentTitle,
        currentLevel: labelled.currentLevel,
        currentFunction: labelled.currentFunction,
        targetTitle: labelled.targetTitle ?? null,
        targetLevel: labelled.targetLevel ?? null,
        needs: labelled.needs ?? [],
      });
      return { line, goal: labelled.goal, expected: labelled.intent, read };
    });
  if (showMisses) {
    for (const pair of pairs) {
      const fields = fieldsRight(pair);
      const wrong = Object.entries(fields).filter(
        ([field, right]) => !right && field !== 'all' && field !== 'allButTitle',
      );
      if (wrong.length === 0) continue;
      console.log(`line ${pair.line}: ${pair.goal}`);
      console.log(`  wrong: ${wrong.map(([field]) => field).join(', ')}`);
      console.log(`  label: ${JSON.stringify(pair.expected)}`);
      console.log(`  read:  ${JSON.stringify(pair.read)}`);
    }
    console.log('');
  }
  console.log(scoreTable(part, scoreIntents(pairs)));
}

main();
