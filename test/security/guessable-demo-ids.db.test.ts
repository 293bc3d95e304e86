/**
 * Attack: demo goal ids were sequential ("cdemog" and a number), so anyone could list them
 * from the public seed. The demo seed now writes random ids. A file of its own: the seed
 * loads only an empty database.
 */
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { seedDemoData } from '@/prisma/demo/seed-database';
import { guessable } from './guesses';

const reachable = (ids: string[]) =>
  ids.flatMap((known) =>
    guessable(
      known,
      ids.filter((id) => id !== known),
    ),
  );

describe('ids the demo seed writes', () => {
  it('cannot be counted to from one another, though its seed is public', async () => {
    const seeded = await seedDemoData(process.env.DATABASE_URL!, { people: 30, seed: 1 });
    expect(seeded.status).toBe('loaded');
    const goals = await db.goal.findMany({ select: { id: true } });
    const users = await db.user.findMany({ select: { id: true } });
    expect(reachable(goals.map((goal) => goal.id))).toEqual([]);
    expect(reachable(users.map((user) => user.id))).toEqual([]);
  });
});
