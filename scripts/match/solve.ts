/**
 * `match solve FILE`: solves a bare assignment problem and prints
 * {"matched", "total", "assignment": [[i, j], ...], "optimal", "solveMs"}.
 * Exit 0 when certified optimal, 2 for a malformed file, 1 if the certificate failed (which
 * would be a solver bug; the answer is still printed, with "optimal": false).
 */
import { assignmentPairs, solveAssignment } from '@/lib/core/matching/assignment';
import { readProblem } from './read-problem';

export async function runSolve(args: readonly string[]): Promise<number> {
  if (args.length !== 1) {
    process.stderr.write('usage: match solve FILE\n');
    return 2;
  }
  const read = readProblem(args[0]!);
  if ('error' in read) {
    process.stderr.write(`${read.error}\n`);
    return 2;
  }
  // solveMs covers solving and certifying, not reading the file.
  const started = performance.now();
  const solution = solveAssignment(read.problem);
  const solveMs = Math.round((performance.now() - started) * 1000) / 1000;
  const answer = {
    matched: solution.matched,
    total: solution.total,
    assignment: assignmentPairs(solution),
    optimal: solution.optimal,
    solveMs,
  };
  process.stdout.write(`${JSON.stringify(answer)}\n`);
  return solution.optimal ? 0 : 1;
}
