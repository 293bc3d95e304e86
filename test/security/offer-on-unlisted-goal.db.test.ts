/**
 * Attack: a mentor guessed the id of a coach-only goal and offered help on it; the offer's
 * page then showed the goal's words, though /help never listed it. An offer is now looked up
 * through /help's own query, so a goal not listed to the supporter is "not found".
 */
import { describe, expect, it } from 'vitest';
import { findOwnRequest, sendOffer } from '@/lib/server/connections/requests';
import { db } from '@/lib/server/db';
import { goalsToHelp } from '@/lib/server/suggestions/goals-to-help';
import { createProtege, createSupporter, NOTE } from '../db/connections';

describe('offering help on a goal /help never listed', () => {
  it('is "not found", and no request shows the goal to the supporter', async () => {
    const protege = await createProtege();
    await db.goal.update({
      where: { id: protege.goal.id },
      data: { statement: 'I am close to burnout and want a coach.', triageKind: 'COACH' },
    });
    const mentor = await createSupporter(2, 'MENTORING');
    const listed = await goalsToHelp({ actor: mentor, top: 1_000 });
    expect(listed?.map((goal) => goal.goalId)).not.toContain(protege.goal.id);

    for (const kind of ['MENTOR', 'COACH'] as const)
      await expect(
        sendOffer({ actor: mentor, input: { goalId: protege.goal.id, kind, note: NOTE } }),
      ).rejects.toThrow('That goal was not found.');
    expect(await db.connectionRequest.count({ where: { supporterId: mentor.id } })).toBe(0);
  });

  it('still works on a goal /help lists, and the request shows its words', async () => {
    const protege = await createProtege();
    await db.goal.update({ where: { id: protege.goal.id }, data: { triageKind: 'MENTOR' } });
    const mentor = await createSupporter(2, 'MENTORING');
    const offer = await sendOffer({
      actor: mentor,
      input: { goalId: protege.goal.id, kind: 'MENTOR', note: NOTE },
    });
    const seen = await findOwnRequest({ actor: mentor, requestId: offer.id });
    expect(seen?.goal.statement).toBe(protege.goal.statement);
  });
});
