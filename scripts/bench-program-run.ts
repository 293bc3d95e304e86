/**
 * `npm run bench:program`: a program's whole matching run against PostgreSQL, at 2,000 and
 * 20,000 people. Each cohort is imported through the admin's import, then run as a worker
 * runs it, and the table shows how long each stage took (read from the run's own progress,
 * as its page shows it) and the run's figures. A script, not a test: timings vary by machine.
 * Runs on a throw-away embedded database (scripts/with-database.ts).
 */
import './bench/benchmark-env';
import { db } from '@/lib/server/db';
import { importPeople, programWithAdmin, withEmails } from '@/scripts/support/cohort';
import { performRun } from '@/lib/server/programs/runs/run-job';
import { findRun, startRun } from '@/lib/server/programs/runs/runs';
import { isReplacedByNewerRun } from '@/lib/server/programs/runs/review';
import { reviewPage } from '@/lib/server/programs/runs/review-page';
import { readReviewQuery } from '@/lib/core/programs/runs/review-query';
import { leftOutPage } from '@/lib/server/programs/runs/left-out';
import { demoPeopleFile } from './bench/demo-people-file';

const SIZES = [
  { people: 2000, supporters: 500 },
  { people: 20000, supporters: 5000 },
];
const POLL_MS = 50;

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

console.log(
  '| people | import | loading | scoring | solving and certifying | writing | whole run | proposals | goals matched | review page reads (median of 3) | review rows sent |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const size of SIZES) {
  // A domain of its own per size: the same addresses would be accounts of the first program.
  const file = withEmails(
    demoPeopleFile(size.people, size.supporters),
    `cohort-${size.people}.example.test`,
  );
  const { admin, programId } = await programWithAdmin();
  const importing = performance.now();
  await importPeople({ actor: admin, programId, file });
  const imported = performance.now();

  const run = await startRun({ actor: admin, input: { programId } });
  const entered = new Map<string, number>();
  const started = performance.now();
  const work = performRun(run.id);
  let finished = false;
  void work.finally(() => (finished = true));
  while (!finished) {
    const row = await db.matchingRun.findUnique({ where: { id: run.id }, select: { stage: true } });
    if (row && !entered.has(row.stage)) entered.set(row.stage, performance.now());
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  await work;
  const ended = performance.now();
  const done = await db.matchingRun.findUniqueOrThrow({
    where: { id: run.id },
    select: { status: true, figures: true, _count: { select: { proposals: true } } },
  });
  if (done.status !== 'DONE') throw new Error(`run ended ${done.status}`);
  const figures = done.figures as { goals: number; goalsMatched: number };
  const at = (stage: string, fallback: number) => entered.get(stage) ?? fallback;
  const scoring = at('scoring', started);
  const solving = Math.min(at('solving', ended), at('certifying', ended));
  const writing = at('writing', ended);
  // What the review page reads before it renders, as its server component does, timed.
  const reviewTimes: number[] = [];
  let rowsSent = 0;
  for (let time = 0; time < 3; time++) {
    const reading = performance.now();
    const shown = await findRun({ actor: admin, runId: run.id });
    const [proposals, , leftOut] = await Promise.all([
      reviewPage({ actor: admin, runId: run.id, query: readReviewQuery({}) }),
      isReplacedByNewerRun(shown!),
      leftOutPage({ actor: admin, runId: run.id, page: 1, size: 10 }),
    ]);
    reviewTimes.push(performance.now() - reading);
    rowsSent = JSON.stringify(proposals).length + JSON.stringify(leftOut).length;
  }
  const review = reviewTimes.toSorted((a, b) => a - b)[1]!;
  console.log(
    `| ${size.people.toLocaleString('en')} | ${seconds(imported - importing)} | ${seconds(scoring - started)} | ${seconds(solving - scoring)} | ${seconds(writing - solving)} | ${seconds(ended - writing)} | **${seconds(ended - started)}** | ${done._count.proposals.toLocaleString('en')} | ${figures.goalsMatched.toLocaleString('en')} of ${figures.goals.toLocaleString('en')} | ${Math.round(review)} ms | ${(rowsSent / 1024 / 1024).toFixed(1)} MB |`,
  );
}
await db.$disconnect();
process.exit(0);
