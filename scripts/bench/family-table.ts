/**
 * `npm run bench:match -- families [n...]`: each dense family at each n, ours against the
 * compiled peers, with the ratio to the fastest. A run over 120 s is cut off.
 *   ours: solveAssignment whole, as a caller gets it (checking the edge list, building the
 *     matrix from it, the solve, the certificate), the median of three JIT-warm runs (one run
 *     when a run takes over 5 s) after up to ten warm-up runs (at most a second of them);
 *   dense wasm, dense JS: the dense solver alone (matrix from the edges, then Jonker-Volgenant),
 *     its WebAssembly copy (the one ours uses) and its JavaScript copy;
 *   scipy: linear_sum_assignment, its solver call alone (scipy_peer.py);
 *   C++ JV: peers/jv_dense.cpp compiled with g++ -O2, its solve alone (cpp-peer.ts).
 * The peers are handed the matrix already built, so "ours" pays for more than they do.
 * Times are CPU time of the process over the call (ours: process.cpuUsage, which also counts
 * V8's collector and compiler threads; scipy: time.process_time; C++: the process CPU clock):
 * on a shared 2-core machine, wall time mostly measures the other jobs. BENCH_CLOCK=wall
 * prints wall time instead.
 * DENSE_SOLVER=js makes ours use the JavaScript copy of the dense solver (default: wasm).
 * SOLVER=<path to an assignment/index.ts> times another copy of the solver (before/after);
 * the dense columns are then left out, as they would time this copy.
 */
import { solveAssignment as ours, type AssignmentSolution } from '@/lib/core/matching/assignment';
import { solveDenseSquare, type DenseEngine } from '@/lib/core/matching/assignment/dense-square';
import { wasmAvailableFor } from '@/lib/core/matching/assignment/wasm/dense-wasm';
import { checkProblem } from '@/lib/core/matching/assignment/validate';
import { matchBonus } from '@/lib/core/matching/assignment/weights';
import { runCppJv, type CppResult } from './cpp-peer';
import { FAMILIES, makeFamily } from './families';
import { runScipy } from './scipy-peer';

const LONG_RUN_MS = 5_000;
const WARM_UP_RUNS = 10;
const WARM_UP_MS = 1_000;
const WALL = process.env.BENCH_CLOCK === 'wall';
const ENGINE: DenseEngine = process.env.DENSE_SOLVER === 'js' ? 'js' : 'wasm';

/** Milliseconds `run` takes, by the clock the table uses. */
function timed(run: () => void): number {
  if (WALL) {
    const started = performance.now();
    run();
    return performance.now() - started;
  }
  const started = process.cpuUsage();
  run();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

export async function printFamilyTable(sizes: number[]): Promise<void> {
  const solve: typeof ours = process.env.SOLVER
    ? ((await import(process.env.SOLVER)) as { solveAssignment: typeof ours }).solveAssignment
    : (problem) => ours(problem, { denseEngine: ENGINE });
  const mine = !process.env.SOLVER;
  console.log(`${WALL ? 'Wall' : 'CPU'} time, ms. Ours with the ${ENGINE} dense solver.`);
  console.log(
    '| family | n | ours | dense wasm | dense JS | optimal | scipy lsa | C++ JV | ours / fastest | totals |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const n of sizes) {
    for (const family of FAMILIES) {
      const problem = makeFamily(family, n, n + family.length);
      // Warm-up runs, up to ten or a second of them: V8 optimises the loops of the check and
      // the certificate, and tiers the WebAssembly up, on threads that count on the CPU clock.
      let warming = 0;
      for (let k = 0; k < WARM_UP_RUNS && warming < WARM_UP_MS; k++)
        warming += timed(() => solve(problem));
      // Each copy's runs together, ours first: the JavaScript copy's garbage is collected on
      // the CPU clock of whatever runs after it.
      let last: AssignmentSolution | undefined;
      const times = repeat(() => (last = solve(problem)));
      const solution = last!;
      // The dense columns get the edge order solveAssignment learns from its input check.
      const { pairOrder } = checkProblem(problem);
      const bonus = matchBonus(problem);
      const wasm =
        mine && wasmAvailableFor(n)
          ? repeat(() => solveDenseSquare(problem, bonus, 'wasm', pairOrder))
          : [];
      const js = mine ? repeat(() => solveDenseSquare(problem, bonus, 'js', pairOrder)) : [];
      const ms = median(times);
      const scipy = runScipy(problem, 'lsa');
      const cpp = runCppJv(problem);
      const peers = [scipy, cpp].filter((p): p is CppResult => !('skipped' in p));
      const peerMs = (p: { ms: number; cpuMs: number }) => (WALL ? p.ms : p.cpuMs);
      const fastest = Math.min(...peers.map(peerMs));
      const agree = peers.every((p) => p.matched === solution.matched && p.total === solution.total)
        ? 'equal'
        : 'MISMATCH';
      const cells = [
        family,
        n,
        figure(ms),
        wasm.length > 0 ? figure(median(wasm)) : '-',
        js.length > 0 ? figure(median(js)) : '-',
        solution.optimal,
        'skipped' in scipy ? scipy.skipped : peerMs(scipy).toFixed(1),
        'skipped' in cpp ? cpp.skipped : peerMs(cpp).toFixed(1),
        peers.length > 0 ? `${(ms / fastest).toFixed(1)}x` : '-',
        agree,
      ];
      console.log(`| ${cells.join(' | ')} |`);
    }
  }
}

/** Three timed runs (one when the first takes over LONG_RUN_MS). */
function repeat(run: () => void): number[] {
  const times: number[] = [];
  for (let k = 0; k < 3; k++) {
    times.push(timed(run));
    if (times[0]! > LONG_RUN_MS) break;
  }
  return times;
}

/** A time with a decimal below 100 ms, where a whole millisecond is a tenth of it. */
function figure(ms: number): string {
  return ms.toFixed(ms < 100 ? 1 : 0);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
