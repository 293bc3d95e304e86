/**
 * `npm run bench:match -- families [n...]`: each dense family at each n, ours (second,
 * JIT-warm run of solveAssignment, certificate included) against scipy's
 * linear_sum_assignment (its solver call alone), with the ratio. A run over 120 s is cut off.
 * SOLVER=<path to an assignment/index.ts> times another copy of the solver (before/after).
 */
import { solveAssignment as ours } from '@/lib/core/matching/assignment';
import { FAMILIES, makeFamily } from './families';
import { runScipy } from './scipy-peer';

export async function printFamilyTable(sizes: number[]): Promise<void> {
  const solve: typeof ours = process.env.SOLVER
    ? ((await import(process.env.SOLVER)) as { solveAssignment: typeof ours }).solveAssignment
    : ours;
  console.log('| family | n | ours ms | rounds | optimal | scipy lsa ms | ours / scipy | totals |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const n of sizes) {
    for (const family of FAMILIES) {
      const problem = makeFamily(family, n, n + family.length);
      let started = performance.now();
      let solution = solve(problem);
      let ms = performance.now() - started;
      if (ms < 20_000) {
        started = performance.now();
        solution = solve(problem);
        ms = performance.now() - started;
      }
      const peer = runScipy(problem, 'lsa');
      const scipy = 'skipped' in peer ? peer.skipped : peer.ms.toFixed(1);
      const ratio = 'skipped' in peer ? '-' : `${(ms / peer.ms).toFixed(1)}x`;
      const agree =
        'skipped' in peer || (peer.matched === solution.matched && peer.total === solution.total)
          ? 'equal'
          : 'MISMATCH';
      console.log(
        `| ${family} | ${n} | ${ms.toFixed(0)} | ${solution.rounds} | ${solution.optimal} | ${scipy} | ${ratio} | ${agree} |`,
      );
    }
  }
}
