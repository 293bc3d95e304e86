/**
 * The `match assign` command's work, minus the I/O: the certified optimal mentor and/or coach
 * for every goal of a people-and-goals file, with the reasons of each pair. Pure and
 * reproducible, like `suggest`: the reference date is fixed, not read from the clock.
 */
import { fitContext } from '@/lib/core/matching/fit';
import { parsePeopleFile } from '@/lib/core/matching/people-file';
import { assignCohortInThreads } from '@/lib/node/matching/threaded-assign';
import { answerFromFile, type CommandAnswer } from './read-people-file';
import { DEFAULT_REFERENCE_DATE } from './suggest';

export async function runAssign(
  fileText: string,
  referenceDate: Date = DEFAULT_REFERENCE_DATE,
): Promise<CommandAnswer> {
  const parsed = parsePeopleFile(fileText);
  if (!parsed.ok) return { error: parsed.error };
  // Every core the process may use fills the score table; the answer is the one-thread answer.
  const result = await assignCohortInThreads(parsed.file, referenceDate, fitContext());
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

export async function runAssignCommand(args: readonly string[]): Promise<number> {
  if (args.length !== 1) {
    process.stderr.write('usage: match assign FILE\n');
    return 2;
  }
  return answerFromFile(args[0]!, (text) => runAssign(text));
}
