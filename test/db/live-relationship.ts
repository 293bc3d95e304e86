/**
 * A live relationship for tests: a protégé and a mentor who both said yes, each in a time zone
 * of their own (so times shown to each can differ), and a stranger who is part of nothing.
 */
import { acceptRequest } from '@/lib/server/connections/accept';
import { sendRequest } from '@/lib/server/connections/requests';
import { db } from '@/lib/server/db';
import { createActor } from '@/scripts/support/actors';
import { createProtege, createSupporter, NOTE } from './connections';

export async function startLiveRelationship(zones: { protege?: string; mentor?: string } = {}) {
  const protege = await createProtege();
  const mentor = await createSupporter();
  await db.profile.update({
    where: { userId: protege.actor.id },
    data: { timezone: zones.protege ?? 'Europe/Paris' },
  });
  await db.profile.update({
    where: { userId: mentor.id },
    data: { timezone: zones.mentor ?? 'America/New_York' },
  });
  const request = await sendRequest({
    actor: protege.actor,
    input: { goalId: protege.goal.id, personId: mentor.id, kind: 'MENTOR', note: NOTE },
  });
  const { relationshipId } = await acceptRequest({
    actor: mentor,
    input: { requestId: request.id },
  });
  if (!relationshipId) throw new Error('a request starts a relationship at its one yes');
  const stranger = await createActor();
  return { protege: protege.actor, mentor, stranger, relationshipId };
}
