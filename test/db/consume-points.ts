/**
 * A separate process for the rate-limit test: spends points on one key and prints how many
 * were granted, so the test can show that processes share their counters.
 * Usage: tsx --conditions=react-server test/db/consume-points.ts <key> <attempts>
 */
import { consume } from '@/lib/server/rate-limit';

const [key = '', attempts = '1'] = process.argv.slice(2);
const policy = { name: 'test:cross-process', points: 5, durationSeconds: 60 };
let granted = 0;
for (let attempt = 0; attempt < Number(attempts); attempt++) {
  try {
    await consume(policy, [key], 'test attempts');
    granted++;
  } catch {
    // refused: counted by its absence
  }
}
console.log(granted);
process.exit(0);
