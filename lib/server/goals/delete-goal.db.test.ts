import { describe, expect, it } from 'vitest';
import { acceptRequest } from '../connections/accept';
import { sendRequest } from '../connections/requests';
import { db } from '../db';
import { createProtege, createSupporter, NOTE } from '@/test/db/connections';
import { deleteGoal, goalDeletionImpact } from './delete-goal';

describe('deleting a goal under way', () => {
  it('ends its relationship and withdraws its request, telling each other side', async () => {
    const protege = await createProtege();
    const [mentor, coach] = [await createSupporter(), await createSupporter()];
    const asked = (personId: string, kind: 'MENTOR' | 'COACH') =>
      sendRequest({
        actor: protege.actor,
        input: { goalId: protege.goal.id, personId, kind, note: NOTE },
      });
    const mentoring = await asked(mentor.id, 'MENTOR');
    await acceptRequest({ actor: mentor, input: { requestId: mentoring.id } });
    await asked(coach.id, 'COACH');

    expect(await goalDeletionImpact({ actor: protege.actor, goalId: protege.goal.id })).toEqual({
      relationships: [{ kind: 'MENTOR', with: mentor.name }],
      openRequests: 1,
    });
    await deleteGoal({ actor: protege.actor, input: { goalId: protege.goal.id } });

    expect(await db.goal.count({ where: { id: protege.goal.id } })).toBe(0);
    const told = (userId: string) =>
      db.notification.findMany({ where: { userId }, orderBy: { createdAt: 'asc' } });
    const mentorTold = await told(mentor.id);
    expect(mentorTold.at(-1)).toMatchObject({
      kind: 'relationship-ended',
      text: `${protege.actor.name} deleted the goal your mentor relationship was about, so it has ended. Thank you for the time you gave it.`,
    });
    expect((await told(coach.id)).at(-1)).toMatchObject({ kind: 'request-withdrawn' });
    // Nothing they were told about leads to a page that went with the goal.
    for (const note of [...mentorTold, ...(await told(coach.id))])
      expect(note.href).toBe('/requests');
    expect(
      await db.emailMessage.count({ where: { to: { in: [mentor.email, coach.email] } } }),
    ).toBe(4);
  });

  it('is someone else’s goal: not found, and nothing changes', async () => {
    const protege = await createProtege();
    const stranger = await createProtege();
    await expect(
      deleteGoal({ actor: stranger.actor, input: { goalId: protege.goal.id } }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await goalDeletionImpact({ actor: stranger.actor, goalId: protege.goal.id })).toBeNull();
    expect(await db.goal.count({ where: { id: protege.goal.id } })).toBe(1);
  });
});
