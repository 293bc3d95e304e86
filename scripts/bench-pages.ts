/**
 * `npm run bench:pages`: what each page a person sees costs the server on the demo data: the
 * production build on a throw-away embedded database with the demo people, signed in as the
 * demo employee (and the demo admin for program pages), each page fetched five times over
 * HTTP, the median of the last four printed. A script, not a test: timings vary by machine.
 */
import { DEMO_ADMIN_EMAIL, DEMO_EMPLOYEE_EMAIL } from '@/prisma/demo/accounts';
import { giveDemoEmployeeARelationship } from '@/scripts/support/demo-activity';
import { startDemoServer } from '@/scripts/support/demo-server';

// Another port when 3900 is taken (two checkouts benchmarking on one machine).
const PORT = Number(process.env.BENCH_PORT ?? 3900);
const app = await startDemoServer({
  port: PORT,
  secret: 'bench-pages-secret-at-least-32-characters-long',
});
const { base, prisma } = app;
const employee = await app.signIn(DEMO_EMPLOYEE_EMAIL);
const admin = await app.signIn(DEMO_ADMIN_EMAIL);
const goal = await prisma.goal.findFirst({ where: { userId: employee.user.id } });
const started = await giveDemoEmployeeARelationship(prisma, employee.user.id);
const someone = started && { userId: started.mentorId };
const program = await prisma.program.findFirst({
  where: { admins: { some: { userId: admin.user.id } } },
});

const pages: [string, string | null, string][] = [
  ['Home', '/', employee.cookie],
  ['Goals', '/goals', employee.cookie],
  ['A goal with suggestions', goal && `/goals/${goal.id}`, employee.cookie],
  ['Help others', '/help', employee.cookie],
  ['A profile', someone && `/people/${someone.userId}`, employee.cookie],
  ['Requests', '/requests', employee.cookie],
  ['A request', started && `/requests/${started.request.id}`, employee.cookie],
  ['A relationship', started && `/relationships/${started.relationship.id}`, employee.cookie],
  ['Blocks and hidden people', '/account/privacy', employee.cookie],
  ['Notifications', '/notifications', employee.cookie],
  ['Program health', program && `/programs/${program.id}/health`, admin.cookie],
  ['Program settings', program && `/programs/${program.id}/settings`, admin.cookie],
];

// The first fetch of each page is shown apart: the goal page's first one prepares the server's
// supporter pool (decision 026), the later ones use it.
console.log('| page | status | first (ms) | median of last 4 (ms) |');
console.log('|---|---|---|---|');
for (const [label, path, cookie] of pages) {
  if (!path) {
    console.log(`| ${label} | not in the demo data | |`);
    continue;
  }
  const times: number[] = [];
  let first = 0;
  let status = 0;
  for (let time = 0; time < 5; time++) {
    const started = performance.now();
    const response = await fetch(`${base}${path}`, { headers: { cookie }, redirect: 'manual' });
    await response.text();
    status = response.status;
    if (time > 0) times.push(performance.now() - started);
    else first = performance.now() - started;
  }
  const sorted = times.toSorted((a, b) => a - b);
  const median = (sorted[1]! + sorted[2]!) / 2;
  console.log(`| ${label} | ${status} | ${Math.round(first)} | ${Math.round(median)} |`);
}
await app.stop();
process.exit(0);
