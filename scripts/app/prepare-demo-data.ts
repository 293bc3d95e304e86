/**
 * Loads the demo people on the first start, and says how to sign in as them. On the embedded
 * database this always happens; on a DATABASE_URL only when DEMO_DATA=on, so a production
 * database never fills with made-up people by accident.
 */
import { DEMO_ADMIN_EMAIL, DEMO_EMPLOYEE_EMAIL, DEMO_PASSWORD } from '@/prisma/demo/accounts';
import { seedDemoData } from '@/prisma/demo/seed-database';

export async function prepareDemoData(databaseUrl: string): Promise<string> {
  const wanted = process.env.DATABASE_URL
    ? process.env.DEMO_DATA === 'on'
    : process.env.DEMO_DATA !== 'off';
  if (!wanted) return 'Demo data: off (set DEMO_DATA=on to load it into an empty database).';

  const result = await seedDemoData(databaseUrl);
  if (result.status === 'refused') return `Demo data: not loaded. ${result.reason}`;
  if (result.status === 'loaded') {
    console.log(`Loaded demo data: ${result.counts.users} people, ${result.counts.goals} goals.`);
  }
  return [
    'Demo sign-ins (password for both: ' + DEMO_PASSWORD + '):',
    `  employee  ${DEMO_EMPLOYEE_EMAIL}`,
    `  admin     ${DEMO_ADMIN_EMAIL}`,
  ].join('\n');
}
