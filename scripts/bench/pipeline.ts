/**
 * The whole-pipeline benchmark: a demo-generator file of N people with M mentors and coaches,
 * written to a temp folder, then `match assign`'s work run in its own process
 * (assign-pipeline.ts) so its time and peak memory are its own. The targets are those of
 * issue 4: under 30 s and under 2 GB for 20,000 people and 5,000 supporters.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoPeopleFile } from './demo-people-file';

interface PipelineFigures {
  ms: number;
  stages: Record<string, number>;
  /** CPU time (user + system) of the run and of each stage: steadier than wall time on a shared machine. */
  cpuMs: number;
  cpuStages: Record<string, number>;
  rounds: number;
  threads: number;
  optimal: boolean;
  matched: number;
  total: number;
  figures: { needs: number; supporters: number; eligiblePairs: number; candidatePairs: number };
  peakMb: number;
}

export function runPipeline(people: number, supporters: number) {
  const file = demoPeopleFile(people, supporters);
  const dir = mkdtempSync(join(tmpdir(), 'bench-assign-'));
  const path = join(dir, 'people.json');
  writeFileSync(path, JSON.stringify(file));
  try {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(import.meta.dirname, 'assign-pipeline.ts'), path],
      { encoding: 'utf8', maxBuffer: 2 ** 26 },
    );
    if (run.status !== 0) throw new Error(`assign pipeline failed: ${run.stderr}`);
    return { people, goals: file.goals.length, ...(JSON.parse(run.stdout) as PipelineFigures) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function printPipeline(run: ReturnType<typeof runPipeline>): void {
  const s = (ms: number | undefined) => `${((ms ?? 0) / 1000).toFixed(1)} s`;
  console.log(
    `\nmatch assign, whole pipeline: ${run.people} people, ${run.figures.supporters} mentors and coaches with room, ${run.goals} goals (${run.figures.needs} needs)`,
  );
  const cpu = (ms: number | undefined) => ` (CPU ${s(ms)})`;
  const rows = [
    ['total', s(run.ms) + cpu(run.cpuMs), 'target < 30 s'],
    ['peak memory', `${run.peakMb.toFixed(0)} MB`, 'target < 2048 MB'],
    ['read + validate file', s(run.stages.read) + cpu(run.cpuStages.read), ''],
    ['prepare (triage, topics)', s(run.stages.prepare) + cpu(run.cpuStages.prepare), ''],
    [
      'score every pair',
      s(run.stages.score) + cpu(run.cpuStages.score),
      `${run.figures.eligiblePairs} eligible pairs, ${run.threads} thread${run.threads === 1 ? '' : 's'}`,
    ],
    [
      'solve',
      s(run.stages.solve) + cpu(run.cpuStages.solve),
      `${run.rounds} rounds, ${run.figures.candidatePairs} pairs in the final graph`,
    ],
    [
      'price every pair',
      s(run.stages.price) + cpu(run.cpuStages.price),
      'dual check: pairs whose prices moved; every pair in the last round',
    ],
    [
      'reasons + output',
      s((run.stages.explain ?? 0) + (run.stages.print ?? 0)) +
        cpu((run.cpuStages.explain ?? 0) + (run.cpuStages.print ?? 0)),
      '',
    ],
    [
      'result',
      `${run.matched} pairs, total fit ${run.total}`,
      run.optimal ? 'optimal: certified' : 'NOT CERTIFIED',
    ],
  ];
  const widths = [0, 1, 2].map((c) => Math.max(...rows.map((r) => r[c]!.length)));
  for (const r of rows)
    console.log(`| ${r.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`);
}
