/**
 * `npx tsx scripts/bench-cli-start.ts [runs]`: how long a `triage` and a `match solve` call take
 * to start and answer a tiny input, median wall time over the runs. Each is timed three ways:
 * the old start (node with the tsx loader), the launcher with its bundle already built (what
 * every call after the first one pays), and through `npm run --silent` (npm's own start added).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const runs = Number(process.argv[2] ?? 10);
const dir = mkdtempSync(join(tmpdir(), 'bench-cli-'));
const problem = join(dir, 'problem.json');
writeFileSync(
  problem,
  JSON.stringify({ proteges: 2, supporters: 1, capacity: [1], edges: [[0, 0, 5]] }),
);
const goals = '{"goal":"I want to become a CFO and hear how others got there"}\n';

const commands: { name: string; args: string[]; input?: string }[] = [
  { name: 'triage, tsx', args: ['node', '--import', 'tsx', 'scripts/triage.ts'], input: goals },
  { name: 'triage, bundle', args: ['node', 'scripts/cli/launch.mjs', 'triage'], input: goals },
  { name: 'triage, npm run', args: ['npm', 'run', '--silent', 'triage'], input: goals },
  {
    name: 'match solve, tsx',
    args: ['node', '--import', 'tsx', 'scripts/match.ts', 'solve', problem],
  },
  {
    name: 'match solve, bundle',
    args: ['node', 'scripts/cli/launch.mjs', 'match', 'solve', problem],
  },
  {
    name: 'match solve, npm run',
    args: ['npm', 'run', '--silent', 'match', '--', 'solve', problem],
  },
  { name: 'node -e 0 (floor)', args: ['node', '-e', '0'] },
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

// Builds the bundles first, so the bundle rows time a warm start and not the one-off build.
spawnSync('node', ['scripts/cli/launch.mjs', '--build', 'triage', 'match'], { cwd: root });
for (const { name, args, input } of commands) {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const result = spawnSync(args[0]!, args.slice(1), { cwd: root, input, encoding: 'utf8' });
    times.push(performance.now() - started);
    if (result.status !== 0) throw new Error(`${name} exited ${result.status}: ${result.stderr}`);
  }
  console.log(`${name.padEnd(22)} median ${median(times).toFixed(0).padStart(5)} ms`);
}
console.log(`load average (1 min) after the runs: ${loadavg()[0]?.toFixed(2)}`);
