/**
 * `npm run bench:lighthouse`: Lighthouse's performance score of the pages people load most, on
 * the production build with the demo data (scripts/support/demo-server.ts), in Lighthouse's
 * mobile mode: sign-in signed out, home and a goal with suggestions as the demo employee, the
 * runs page and program health as the demo admin. Each page is audited BENCH_RUNS times (3
 * unless set) after two warming requests, the pages taking turns so that a busy moment of the
 * machine does not fall on one page alone, and the median of each figure is printed. A
 * script, not a test: scores vary by machine and load.
 */
import { DEMO_ADMIN_EMAIL, DEMO_EMPLOYEE_EMAIL } from '@/prisma/demo/accounts';
import { giveDemoEmployeeARelationship } from '@/scripts/support/demo-activity';
import { startDemoServer } from '@/scripts/support/demo-server';
import { auditPage, type PageFigures } from './bench/lighthouse-audit';

// Another port when 3901 is taken (two checkouts benchmarking on one machine).
const PORT = Number(process.env.BENCH_PORT ?? 3901);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

const app = await startDemoServer({
  port: PORT,
  secret: 'bench-lighthouse-secret-at-least-32-characters-long',
});
const { prisma } = app;
const employee = await app.signIn(DEMO_EMPLOYEE_EMAIL);
const admin = await app.signIn(DEMO_ADMIN_EMAIL);
const goal = await prisma.goal.findFirst({ where: { userId: employee.user.id } });
// Program health then has a relationship, its check-ins and a funnel to draw.
await giveDemoEmployeeARelationship(prisma, employee.user.id);
const program = await prisma.program.findFirst({
  where: { admins: { some: { userId: admin.user.id } } },
});

const pages: { label: string; path: string | null; cookie: string | null }[] = [
  { label: 'Sign-in', path: '/sign-in', cookie: null },
  { label: 'Home', path: '/', cookie: employee.cookie },
  { label: 'A goal with suggestions', path: goal && `/goals/${goal.id}`, cookie: employee.cookie },
  { label: 'Matching runs', path: program && `/programs/${program.id}/runs`, cookie: admin.cookie },
  {
    label: 'Program health',
    path: program && `/programs/${program.id}/health`,
    cookie: admin.cookie,
  },
];

try {
  // A page's first requests load its server code: bench:pages leaves them out, and so does this.
  for (const { path, cookie } of pages) {
    for (let warm = 0; path && warm < 2; warm++) {
      const response = await fetch(`${app.base}${path}`, { headers: cookie ? { cookie } : {} });
      await response.text();
    }
  }

  const runs = new Map<string, PageFigures[]>(pages.map((page) => [page.label, []]));
  for (let run = 1; run <= RUNS; run++) {
    for (const { label, path, cookie } of pages) {
      if (!path) continue;
      const figures = await auditPage(`${app.base}${path}`, cookie);
      if (new URL(figures.finalUrl).pathname !== path) {
        throw new Error(`${label}: ended on ${figures.finalUrl}, not ${path}`);
      }
      runs.get(label)!.push(figures);
      console.error(`run ${run}/${RUNS} ${label}: ${figures.performance}`);
    }
  }

  const ms = (value: number) => `${Math.round(value)}`;
  console.log(
    `| page | performance (median of ${RUNS}) | all runs | TBT (ms) | LCP (ms) | TTI (ms) |`,
  );
  console.log('|---|---|---|---|---|---|');
  for (const { label, path } of pages) {
    const figures = runs.get(label)!;
    if (!path || figures.length === 0) {
      console.log(`| ${label} | not in the demo data | | | | |`);
      continue;
    }
    const median = (pick: (f: PageFigures) => number) =>
      figures.map(pick).toSorted((a, b) => a - b)[Math.floor(figures.length / 2)]!;
    const all = figures.map((f) => f.performance).join(', ');
    console.log(
      `| ${label} | ${median((f) => f.performance)} | ${all} | ${ms(median((f) => f.totalBlockingTimeMs))} | ${ms(median((f) => f.largestContentfulPaintMs))} | ${ms(median((f) => f.timeToInteractiveMs))} |`,
    );
  }
} finally {
  await app.stop();
}
process.exit(0);
