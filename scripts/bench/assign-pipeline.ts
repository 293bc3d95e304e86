/**
 * One `match assign` run, timed by stage, in a process of its own so that its peak memory is
 * its own: reads FILE, does exactly what the command does, and prints one JSON line of
 * figures (not the assignments). Used by bench-match.ts:
 *   node --import tsx scripts/bench/assign-pipeline.ts FILE
 */
import { readFileSync } from 'node:fs';
import type { CohortStage } from '@/lib/core/matching/cohort/assign';
import { fitContext } from '@/lib/core/matching/fit';
import { assignCohortInThreads, defaultThreads } from '@/lib/node/matching/threaded-assign';
import { parsePeopleFile } from '@/lib/core/matching/people-file';
import { DEFAULT_REFERENCE_DATE } from '../match/suggest';

const started = performance.now();
let last = started;
const stages: Record<string, number> = {};
// CPU time too (this process's user + system, all its threads), as the machine is shared and
// wall time then measures the neighbours as much as this run.
const cpuStarted = process.cpuUsage();
let lastCpu = cpuStarted;
const cpuStages: Record<string, number> = {};
const lap = (name: string) => {
  const now = performance.now();
  stages[name] = (stages[name] ?? 0) + (now - last);
  last = now;
  const cpu = process.cpuUsage();
  const spent = (cpu.user - lastCpu.user + cpu.system - lastCpu.system) / 1000;
  cpuStages[name] = (cpuStages[name] ?? 0) + spent;
  lastCpu = cpu;
};

const parsed = parsePeopleFile(readFileSync(process.argv[2]!, 'utf8'));
if (!parsed.ok) throw new Error(parsed.error);
lap('read');
let rounds = 0;
// MATCH_THREADS=1 times the one-thread pipeline, for a side-by-side run.
const threads = process.env.MATCH_THREADS ? Number(process.env.MATCH_THREADS) : defaultThreads();
const result = await assignCohortInThreads(parsed.file, DEFAULT_REFERENCE_DATE, fitContext(), {
  threads,
  onPrepared: () => lap('prepare'),
  onStage(stage: CohortStage) {
    if (stage.stage === 'scored') lap('score');
    if (stage.stage === 'solved') {
      rounds = stage.round;
      lap('solve');
    }
    if (stage.stage === 'priced') lap('price');
    if (stage.stage === 'explained') lap('explain');
  },
});
// The command prints the answer; building that text is part of its work.
const printed = JSON.stringify({
  assignments: result.assignments,
  unmatched: result.unmatched,
  optimal: result.optimal,
}).length;
lap('print');
console.log(
  JSON.stringify({
    ms: performance.now() - started,
    stages,
    cpuMs: (() => {
      const cpu = process.cpuUsage(cpuStarted);
      return (cpu.user + cpu.system) / 1000;
    })(),
    cpuStages,
    rounds,
    threads,
    optimal: result.optimal,
    matched: result.assignments.length,
    total: result.assignments.reduce((sum, pair) => sum + pair.score, 0),
    figures: result.figures,
    printedBytes: printed,
    peakMb: process.resourceUsage().maxRSS / 1024,
  }),
);
