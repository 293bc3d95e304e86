/**
 * `npm run bench:match -- families [n...]`: each dense family at each n, ours against the
 * compiled peers, with the ratio to the fastest. A run over 120 s is cut off.
 *   ours: solveAssignment whole, as a caller gets it (checking the edge list, building the
 *     matrix from it, the solve, the certificate), the median of three JIT-warm runs (one run
 *     after the warm-up when a run takes over 5 s);
 *   of which dense: the dense solver alone (matrix from the edges, then Jonker-Volgenant);
 *   scipy: linear_sum_assignment, its solver call alone (scipy_peer.py);
 *   C++ JV: peers/jv_dense.cpp compiled with g++ -O2, its solve alone (cpp-peer.ts).
 * The peers are handed the matrix already built, so "ours" pays for more than they do.
 * SOLVER=<path to an assignment/index.ts> times another copy of the solver (before/after);
 * the dense column is then left out, as it would time this copy.
 */
import { solveAssignment as ours } from '@/lib/core/matching/assignment';
import { solveDenseSquare } from '@/lib/core/matching/assignment/dense-square';
import { matchBonus } from '@/lib/core/matching/assignment/weights';
import { runCppJv, type CppResult } from './cpp-peer';
import { FAMILIES, makeFamily } from './families';
import { runScipy } from './scipy-peer';

const LONG_RUN_MS = 5_000;

export async function printFamilyTable(sizes: number[]): Promise<void> {
  const solve: typeof ours = process.env.SOLVER
    ? ((await import(process.env.SOLVER)) as { solveAssignment: typeof ours }).solveAssignment
    : ours;
  console.log(
    '| family | n | ours ms | of which dense | optimal | scipy lsa ms | C++ JV ms | ours / fastest | totals |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const n of sizes) {
    for (const family of FAMILIES) {
      const problem = makeFamily(family, n, n + family.length);
      let solution = solve(problem);
      const times: number[] = [];
      const dense: number[] = [];
      for (let run = 0; run < 3; run++) {
        let started = performance.now();
        solution = solve(problem);
        times.push(performance.now() - started);
        if (!process.env.SOLVER) {
          started = performance.now();
          solveDenseSquare(problem, matchBonus(problem));
          dense.push(performance.now() - started);
        }
        if (times[0]! > LONG_RUN_MS) break;
      }
      const ms = median(times);
      const scipy = runScipy(problem, 'lsa');
      const cpp = runCppJv(problem);
      const peers = [scipy, cpp].filter((p): p is CppResult => !('skipped' in p));
      const fastest = Math.min(...peers.map((p) => p.ms));
      const agree = peers.every((p) => p.matched === solution.matched && p.total === solution.total)
        ? 'equal'
        : 'MISMATCH';
      const cells = [
        family,
        n,
        ms.toFixed(0),
        dense.length > 0 ? median(dense).toFixed(0) : '-',
        solution.optimal,
        'skipped' in scipy ? scipy.skipped : scipy.ms.toFixed(1),
        'skipped' in cpp ? cpp.skipped : cpp.ms.toFixed(1),
        peers.length > 0 ? `${(ms / fastest).toFixed(1)}x` : '-',
        agree,
      ];
      console.log(`| ${cells.join(' | ')} |`);
    }
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
