/**
 * `match suggest FILE [--top K]`: reads a people-and-goals file and prints the top K people
 * for each goal and kind (default 5). Exit 2, with the first bad field named, for a malformed
 * file or arguments.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { runSuggest } from './suggest';

const TOP = '--top: expected a whole number of at least 1';

const argsSchema = z.object({
  file: z.string({ error: 'usage: match suggest FILE [--top K]' }),
  top: z.coerce.number({ error: TOP }).int(TOP).min(1, TOP).default(5),
});

export async function runSuggestCommand(args: readonly string[]): Promise<number> {
  let parsedArgs;
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: { top: { type: 'string' } },
      allowPositionals: true,
    });
    if (positionals.length > 1) throw new Error('usage: match suggest FILE [--top K]');
    parsedArgs = argsSchema.safeParse({ file: positionals[0], top: values.top });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
  if (!parsedArgs.success) {
    process.stderr.write(`${parsedArgs.error.issues[0]?.message}\n`);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(parsedArgs.data.file, 'utf8');
  } catch {
    process.stderr.write(`cannot read ${parsedArgs.data.file}\n`);
    return 2;
  }
  const result = runSuggest(text, parsedArgs.data.top);
  if ('error' in result) {
    process.stderr.write(`${result.error}\n`);
    return 2;
  }
  process.stdout.write(`${JSON.stringify(result.output)}\n`);
  return 0;
}
