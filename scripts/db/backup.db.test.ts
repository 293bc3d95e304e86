/**
 * A backup restored into a fresh database gives back every row of every table, equal to the
 * original; and a restore refuses a database that already holds data.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { acceptRequest } from '@/lib/server/connections/accept';
import { addCheckIn } from '@/lib/server/connections/relationships';
import { sendRequest } from '@/lib/server/connections/requests';
import { createProtege, createSupporter, NOTE } from '@/test/db/connections';
import { backupDatabase, NOT_BACKED_UP, restoreDatabase } from './backup';
import { createSiblingDatabase } from './catalog';

const url = process.env.DATABASE_URL!;

/**
 * Every table's rows, in a fixed order, as JSON text: what "equal" means here. The tables a
 * backup leaves out on purpose (the suggestion pools' change log) are left out here too.
 */
async function everything(databaseUrl: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables
       WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
         AND table_name <> '_prisma_migrations' ORDER BY table_name`,
    );
    const dump: Record<string, string> = {};
    for (const { name } of tables) {
      if (NOT_BACKED_UP.includes(name)) continue;
      const { rows } = await client.query(
        `SELECT coalesce(json_agg(t ORDER BY t::text), '[]')::text AS rows FROM "${name}" t`,
      );
      dump[name] = rows[0].rows as string;
    }
    return dump;
  } finally {
    await client.end();
  }
}

describe('backup and restore', () => {
  it('give back every row of every table, and refuse a database that has data', async () => {
    // Some of everything: people, goals, a request, a relationship with a check-in, unicode.
    const protege = await createProtege();
    const mentor = await createSupporter();
    const request = await sendRequest({
      actor: protege.actor,
      input: {
        goalId: protege.goal.id,
        personId: mentor.id,
        kind: 'MENTOR',
        note: `${NOTE} Tabs\tnew\nlines, "quotes", \\ and ünïcödé 👩‍💻.`,
      },
    });
    const { relationshipId } = await acceptRequest({
      actor: mentor,
      input: { requestId: request.id },
    });
    await addCheckIn({
      actor: mentor,
      input: { relationshipId: relationshipId!, note: 'Good start.', rating: 5 },
    });

    const file = path.join(mkdtempSync(path.join(tmpdir(), 'backup-')), 'pathfinder.backup.gz');
    const { rows } = await backupDatabase(url, file);
    expect(rows).toBeGreaterThan(10);
    const fresh = await createSiblingDatabase(url, 'restored_backup');
    await restoreDatabase(fresh, file);
    const [original, restored] = [await everything(url), await everything(fresh)];
    expect(Object.keys(restored)).toEqual(Object.keys(original));
    expect(restored).toEqual(original);
    expect(original.ConnectionRequest).toContain('ünïcödé');

    await expect(restoreDatabase(fresh, file)).rejects.toThrow(
      'Restore only into an empty database.',
    );
  });
});
