/**
 * Attack: the data export ("/account/export.json") carried another person's e-mail, the
 * manager's. It holds the person's own data, and of everyone else only the name they are
 * shown in the product: no one else's e-mail, whoever they are to the person.
 */
import { describe, expect, it } from 'vitest';
import { ownData } from '@/lib/server/accounts/own-data';
import { acceptRequest } from '@/lib/server/connections/accept';
import { addCheckIn } from '@/lib/server/connections/relationships';
import { sendRequest } from '@/lib/server/connections/requests';
import { db } from '@/lib/server/db';
import { programWithAdmin } from '@/scripts/support/cohort';
import { createActor } from '@/scripts/support/actors';
import { createTestProfile } from '@/scripts/support/people';
import { createProtege, createSupporter, NOTE } from '../db/connections';

describe('the data export', () => {
  it('holds no one else’s e-mail: not the manager’s, a mentor’s or a program admin’s', async () => {
    const person = await createProtege();
    const manager = await createActor();
    await createTestProfile(db, manager.id);
    await db.profile.update({
      where: { userId: person.actor.id },
      data: { managerId: manager.id },
    });
    const mentor = await createSupporter();
    const request = await sendRequest({
      actor: person.actor,
      input: { goalId: person.goal.id, personId: mentor.id, kind: 'MENTOR', note: NOTE },
    });
    const { relationshipId } = await acceptRequest({
      actor: mentor,
      input: { requestId: request.id },
    });
    await addCheckIn({
      actor: mentor,
      input: { relationshipId: relationshipId!, note: 'Good first talk.', rating: 4 },
    });
    const { admin, programId } = await programWithAdmin();
    await db.programMember.create({ data: { programId, userId: person.actor.id } });

    const text = JSON.stringify(await ownData({ actor: person.actor }));
    expect(text).toContain(person.actor.email);
    // The people themselves are there, by the name the product shows.
    expect(text).toContain(manager.name);
    expect(text).toContain(mentor.name);
    for (const other of [manager, mentor, admin]) expect(text).not.toContain(other.email);
    const emails = text.match(/[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]+/gi) ?? [];
    expect(new Set(emails)).toEqual(new Set([person.actor.email]));
  });
});
