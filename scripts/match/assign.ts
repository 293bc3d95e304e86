/**
 * The `match assign` command's work, minus the I/O: the certified optimal mentor and/or coach
 * for every goal of a people-and-goals file, with the reasons of each pair. Reproducible, like
 * `suggest`: the reference date is fixed, not read from the clock, and helper threads
 * (lib/node/matching) change how fast the answer comes, never the answer.
 */
import { fitContext } from '@/lib/core/matching/fit';
import { parsePeopleFile } from '@/lib/core/matching/people-file';
import { z } from 'zod';
import { assignCohortInThreads, defaultThreads } from '@/lib/node/matching/threaded-assign';
import { readFileArgs } from './command-args';
import { answerFromFile, type CommandAnswer } from './read-people-file';
import { DEFAULT_REFERENCE_DATE } from './suggest';

export async function runAssign(
  fileText: string,
  referenceDate: Date = DEFAULT_REFERENCE_DATE,
  threads: number = defaultThreads(),
): Promise<CommandAnswer> {
  const parsed = parsePeopleFile(fileText);
  if (!parsed.ok) return { error: parsed.error };
  // Helper threads fill the score table; the answer is the one-thread answer.
  const result = await assignCohortInThreads(parsed.file, referenceDate, fitContext(), {
    threads,
  });
  return {
    output: {
      assignments: result.assignments,
      unmatched: result.unmatched,
      optimal: result.optimal,
    },
    // Not certified would be an engine bug: the answer is still printed, and the exit says so.
    exitCode: result.optimal ? 0 : 1,
  };
}

const USAGE = 'usage: match assign FILE [--threads N]';
const THREADS = '--threads: expected a whole number of at least 1';

const argsSchema = z.object({
  file: z.string({ error: USAGE }),
  threads: z.coerce.number({ error: THREADS }).int(THREADS).min(1, THREADS).optional(),
});

export async function runAssignCommand(args: readonly string[]): Promise<number> {
  const read = readFileArgs(args, USAGE, ['threads'], argsSchema);
  if (!read.ok) {
    process.stderr.write(`${read.error}\n`);
    return 2;
  }
  const { file, threads } = read.args;
  return answerFromFile(file, (text) => runAssign(text, DEFAULT_REFERENCE_DATE, threads));
}
