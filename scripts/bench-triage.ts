/**
 * Benchmark for the triage command, end to end as a caller runs it (`npm run --silent triage`,
 * so npm, the launcher and model load are all counted). Builds 10,000 lines from the labelled dataset,
 * varied so no two neighbours are identical, and prints a small timing table.
 * Run: npx tsx scripts/bench-triage.ts [lines] [runs]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const lineCount = Number(process.argv[2] ?? 10_000);
const runs = Number(process.argv[3] ?? 3);

const goals = ['train.jsonl', 'holdout.jsonl'].flatMap((file) =>
  readFileSync(join(root, 'data/triage', file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { goal: string; clarity?: string; needs?: string[] }),
);
const openers = ['', 'Honestly, ', 'So ', 'Hi! ', 'Right now ', 'In short: '];
const closers = ['', ' Thanks.', ' Any help welcome.', ' (asked by my manager)', ' Cheers'];

// Deterministic variation: the same input every run, so runs are comparable.
const input = Array.from({ length: lineCount }, (_, i) => {
  const item = goals[i % goals.length];
  if (!item) throw new Error('dataset is empty');
  const goal = `${openers[i % openers.length]}${item.goal}${closers[(i * 7) % closers.length]}`;
  return JSON.stringify({ goal, clarity: item.clarity, needs: item.needs });
}).join('\n');

// CPU seconds used by finished child processes (Linux only): steadier than wall time when
// other work shares the machine, so both are shown.
function childCpuMs(): number | undefined {
  if (!existsSync('/proc/self/stat')) return undefined;
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
  const ticks = Number(fields[13]) + Number(fields[14]);
  return Number.isFinite(ticks) ? ticks * 10 : undefined;
}

function run(stdin: string) {
  const cpuBefore = childCpuMs();
  const started = performance.now();
  const result = spawnSync('npm', ['run', '--silent', 'triage'], {
    cwd: root,
    input: stdin,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const ms = performance.now() - started;
  const cpuAfter = childCpuMs();
  const cpu =
    cpuBefore === undefined || cpuAfter === undefined ? '-' : String(cpuAfter - cpuBefore);
  return {
    ms,
    cpu,
    lines: result.stdout.split('\n').filter(Boolean).length,
    status: result.status,
  };
}

const rows: string[][] = [
  ['run', 'input lines', 'output lines', 'exit', 'wall ms', 'cpu ms', 'lines/s'],
];
const empty = run('');
rows.push([
  'startup only',
  '0',
  String(empty.lines),
  String(empty.status),
  empty.ms.toFixed(0),
  empty.cpu,
  '-',
]);
for (let r = 1; r <= runs; r++) {
  const { ms, cpu, lines, status } = run(input);
  const rate = ((lineCount / ms) * 1000).toFixed(0);
  rows.push([`#${r}`, String(lineCount), String(lines), String(status), ms.toFixed(0), cpu, rate]);
}
const widths = rows[0]?.map((_, c) => Math.max(...rows.map((row) => (row[c] ?? '').length))) ?? [];
for (const row of rows) console.log(row.map((cell, c) => cell.padStart(widths[c] ?? 0)).join('  '));
// A busy machine slows every run; say so rather than let the numbers mislead.
console.log(`load average (1 min) after the runs: ${loadavg()[0]?.toFixed(2)}`);
