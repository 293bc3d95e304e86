/**
 * Attack: ids an import wrote were one random prefix per import and a counter, so from one
 * goal id a supporter counted their way to goals never shown to them. Every such id is now
 * random past its clock and counter. (The demo seed: guessable-demo-ids.db.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { countingIds } from '@/prisma/demo/ids';
import { importPeople, programWithAdmin } from '@/scripts/support/cohort';
import { sampleCohort } from '../programs/sample-cohort';
import { guessable } from './guesses';

/** Every id in `ids` that someone shown one of the others could reach by counting. */
const reachable = (ids: string[]) =>
  ids.flatMap((known) =>
    guessable(
      known,
      ids.filter((id) => id !== known),
    ),
  );

describe('ids people are shown', () => {
  it('the guessing finds counted ids (so the tests below can fail)', () => {
    const next = countingIds();
    expect(reachable([next(), next(), next()])).toHaveLength(6);
  });

  it('an import writes cannot be counted to from one another', async () => {
    const { admin, programId } = await programWithAdmin();
    const file = sampleCohort();
    await importPeople({ actor: admin, programId, file });
    const members = await db.programMember.findMany({ where: { programId } });
    const goals = await db.goal.findMany({
      where: { userId: { in: members.map((member) => member.userId) } },
      orderBy: { id: 'asc' },
    });
    expect(goals.length).toBeGreaterThanOrEqual(3);
    expect(reachable(goals.map((goal) => goal.id))).toEqual([]);
    expect(reachable(members.map((member) => member.userId))).toEqual([]);
  });
});
