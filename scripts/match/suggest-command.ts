/**
 * `match suggest FILE [--top K]`: reads a people-and-goals file and prints the top K people
 * for each goal and kind (default 5). Exit 2, with the first bad field named, for a malformed
 * file or arguments.
 */
import { z } from 'zod';
import { readFileArgs } from './command-args';
import { answerFromFile } from './read-people-file';
import { runSuggest } from './suggest';

const USAGE = 'usage: match suggest FILE [--top K]';
const TOP = '--top: expected a whole number of at least 1';

const argsSchema = z.object({
  file: z.string({ error: USAGE }),
  top: z.coerce.number({ error: TOP }).int(TOP).min(1, TOP).default(5),
});

export async function runSuggestCommand(args: readonly string[]): Promise<number> {
  const read = readFileArgs(args, USAGE, ['top'], argsSchema);
  if (!read.ok) {
    process.stderr.write(`${read.error}\n`);
    return 2;
  }
  const { file, top } = read.args;
  return answerFromFile(file, (text) => runSuggest(text, top));
}
