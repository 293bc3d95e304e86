/**
 * `npm run bench:match`: times the exact assignment engine against scipy on seeded uniform and
 * "popular mentor" instances and prints a table. A script, not a test: timings vary by machine.
 * The engine is run twice per instance and the second (JIT-warm) run is reported; scipy's
 * time covers only its solver call. Totals must agree, or the row says MISMATCH. Then the
 * whole `match assign` pipeline on a 20,000-person demo file, stage by stage.
 * `npm run bench:match -- families [n...]` prints only the dense families (bench/families.ts).
 */

if (process.argv[2] === 'families') {
  const sizes = process.argv.slice(3).map(Number);
  await printFamilyTable(sizes.length > 0 ? sizes : [1000, 2000]);
  process.exit(0);
}
import { solveAssignment, type AssignmentProblem } from '@/lib/core/matching/assignment';
import { printFamilyTable } from './bench/family-table';
import { makeInstance, type InstanceSpec } from './bench/instances';
import { printPipeline, runPipeline } from './bench/pipeline';
import { runScipy, type PeerMethod } from './bench/scipy-peer';

interface Case {
  spec: InstanceSpec;
  label: string;
  /** Why a scipy method is not run, by method. */
  skip?: Partial<Record<PeerMethod, string>>;
}

const LSA_TOO_BIG = 'skipped: dense 10,000 x 10,000 would take > 2 min';

const CASES: Case[] = [
  {
    label: 'uniform dense',
    spec: { kind: 'uniform', proteges: 2000, supporters: 500, capacity: 4, seed: 1 },
  },
  {
    label: 'popular dense',
    spec: { kind: 'popular', proteges: 2000, supporters: 500, capacity: 4, seed: 2 },
  },
  {
    label: 'popular, 50 random eligible/row',
    spec: {
      kind: 'popular',
      proteges: 10000,
      supporters: 2000,
      capacity: 5,
      perRow: 50,
      keep: 'random',
      seed: 3,
    },
    skip: { lsa: LSA_TOO_BIG },
  },
  {
    label: "popular, each row's 50 best",
    spec: {
      kind: 'popular',
      proteges: 10000,
      supporters: 2000,
      capacity: 5,
      perRow: 50,
      keep: 'best',
      seed: 4,
    },
    skip: { lsa: LSA_TOO_BIG },
  },
  {
    label: "uniform, each row's 50 best",
    spec: {
      kind: 'uniform',
      proteges: 10000,
      supporters: 2000,
      capacity: 5,
      perRow: 50,
      keep: 'best',
      seed: 5,
    },
    skip: { lsa: LSA_TOO_BIG },
  },
];

let peakRss = 0;
const sampleRss = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};

function timeEngine(problem: AssignmentProblem) {
  solveAssignment(problem);
  sampleRss();
  const started = performance.now();
  const solution = solveAssignment(problem);
  const ms = performance.now() - started;
  sampleRss();
  return { solution, ms };
}

const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));
const rows: string[][] = [
  [
    'instance',
    'P x M, cap',
    'edges',
    'matched',
    'engine ms',
    'rounds',
    'optimal',
    'lsa ms',
    'lsa/engine',
    'sparse ms',
    'sparse/engine',
    'totals',
    'peak MB engine / lsa / sparse',
  ],
];

for (const { spec, label, skip } of CASES) {
  const problem = makeInstance(spec);
  const { solution, ms } = timeEngine(problem);
  const peer: Record<PeerMethod, string[]> = { lsa: ['-', '-'], sparse: ['-', '-'] };
  const peakMb: string[] = [(peakRss / 2 ** 20).toFixed(0)];
  let agree = 'equal';
  for (const method of ['lsa', 'sparse'] as const) {
    const reason = skip?.[method];
    const result = reason ? { skipped: reason } : runScipy(problem, method);
    if ('skipped' in result) {
      peer[method] = [result.skipped, '-'];
      peakMb.push('-');
      continue;
    }
    peer[method] = [fmt(result.ms), `${(result.ms / ms).toFixed(1)}x`];
    peakMb.push(result.peakMb.toFixed(0));
    if (result.matched !== solution.matched || result.total !== solution.total) {
      agree = `MISMATCH (${method}: ${result.matched}/${result.total})`;
    }
  }
  rows.push([
    label,
    `${spec.proteges} x ${spec.supporters}, ${spec.capacity}`,
    String(problem.edgeRow.length),
    String(solution.matched),
    fmt(ms),
    String(solution.rounds),
    String(solution.optimal),
    ...peer.lsa,
    ...peer.sparse,
    agree,
    peakMb.join(' / '),
  ]);
  process.stderr.write(`done: ${label}\n`);
}

const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
for (const r of rows) console.log(`| ${r.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`);
console.log(
  '\nengine ms: second run of solveAssignment (solve + certificate over every listed edge).',
);
console.log(
  'peak MB: engine = max rss of this process so far (includes instances); scipy = ru_maxrss of its process.',
);

printPipeline(runPipeline(20_000, 5_000));
