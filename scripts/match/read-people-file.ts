/**
 * The file-reading half of the commands that take a people-and-goals file (`suggest`,
 * `assign`): read FILE, hand its text to the command, print the JSON it returns. Exit status 2,
 * with one line on stderr, when the file cannot be read or the command refuses it.
 */
import { readFileSync } from 'node:fs';

export type CommandAnswer = { output: object; exitCode?: number } | { error: string };

export async function answerFromFile(
  file: string,
  run: (text: string) => CommandAnswer | Promise<CommandAnswer>,
): Promise<number> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    process.stderr.write(`cannot read ${file}\n`);
    return 2;
  }
  const answer = await run(text);
  if ('error' in answer) {
    process.stderr.write(`${answer.error}\n`);
    return 2;
  }
  process.stdout.write(`${JSON.stringify(answer.output)}\n`);
  return answer.exitCode ?? 0;
}
