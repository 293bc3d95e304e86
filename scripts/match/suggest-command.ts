/**
 * `match suggest FILE [--top K]`: reads a people-and-goals file and prints the top K people
 * for each goal and kind (default 5). Exit 2, with the first bad field named, for a malformed
 * file or arguments.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { answerFromFile } from './read-people-file';
import { runSuggest } from './suggest';

const USAGE = 'usage: match suggest FILE [--top K]';
const TOP = '--top: expected a whole number of at least 1';

const argsSchema = z.object({
  file: z.string({ error: USAGE }),
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
    if (positionals.length > 1) throw new Error(USAGE);
    parsedArgs = argsSchema.safeParse({ file: positionals[0], top: values.top });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
  if (!parsedArgs.success) {
    process.stderr.write(`${parsedArgs.error.issues[0]?.message}\n`);
    return 2;
  }
  const { file, top } = parsedArgs.data;
  return answerFromFile(file, (text) => runSuggest(text, top));
}
