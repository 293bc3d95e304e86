/**
 * The embedded PostgreSQL recovers from a run that was killed outright (SIGKILL leaves the
 * server running and its pid file behind), and says plainly when it cannot run at all.
 */
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_DIR } from './provide-database';
import { assertTraversableByOthers, startEmbeddedDatabase } from './embedded-database';

mkdirSync(path.join(PROJECT_DIR, '.data'), { recursive: true });
const scratch = mkdtempSync(path.join(PROJECT_DIR, '.data', 'recovery-'));
chmodSync(scratch, 0o755); // the server may run as another user, who must be able to enter
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function holdDatabase(dataDir: string, port: number) {
  const child = spawn('npx', ['tsx', 'test/db/hold-database.ts', dataDir, String(port)], {
    cwd: PROJECT_DIR,
    detached: true,
  });
  const ready = new Promise<string>((resolve, reject) => {
    let output = '';
    child.stderr.on('data', (chunk) => (output += chunk));
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /ready (\S+)/.exec(output);
      if (match) resolve(match[1]!);
    });
    child.on('exit', (code) => reject(new Error(`holder exited with ${code}: ${output}`)));
  });
  return { child, ready };
}

describe('embedded database', () => {
  it('stops a server left behind by a killed run, and starts on the same data', async () => {
    const dataDir = path.join(scratch, 'pg');
    const port = 54000 + Math.floor(Math.random() * 900);
    const { child, ready } = holdDatabase(dataDir, port);
    const url = await ready;
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(
      "CREATE TABLE survivor (note text); INSERT INTO survivor VALUES ('still here')",
    );
    await client.end();

    process.kill(-child.pid!, 'SIGKILL'); // the whole process group: npx, tsx and node, as Ctrl-\ would
    const orphan = Number(
      readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0],
    );
    expect(() => process.kill(orphan, 0)).not.toThrow(); // the server outlived its parent

    const restarted = await startEmbeddedDatabase({ dataDir, port, databaseName: 'held' });
    try {
      expect(() => process.kill(orphan, 0)).toThrow();
      const again = new pg.Client({ connectionString: restarted.url });
      await again.connect();
      const { rows } = await again.query('SELECT note FROM survivor');
      await again.end();
      expect(rows).toEqual([{ note: 'still here' }]);
    } finally {
      await restarted.stop();
    }
  }, 60_000);

  it('says what to do when the server user cannot reach the data folder', () => {
    const closed = mkdtempSync(path.join(scratch, 'closed-')); // mode 700, as mktemp -d makes
    expect(() => assertTraversableByOthers(path.join(closed, 'pg'))).toThrow(
      new RegExp(
        `cannot enter these folders:\\n  ${closed}\\n[^]*chmod o\\+x ${closed}[^]*DATABASE_URL`,
      ),
    );
    chmodSync(closed, 0o755);
    expect(() => assertTraversableByOthers(path.join(closed, 'pg'))).not.toThrow();
  });
});
