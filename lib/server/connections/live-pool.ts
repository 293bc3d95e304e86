import 'server-only';
/**
 * The one live pool of capacity and matches that a program invitation must fit into: a
 * supporter's places are taken by relationships under way and by every open request or
 * invitation waiting for an answer, and a goal with a live invitation of a kind needs no
 * second one. Callers lock the protégé's user row and then the supporter's profile row first
 * (sendInvitation does), so two admins publishing at once count each other's invitations.
 */
import { AppError } from '../errors';
import type { Tx } from './transaction';

/** Relationships under way plus requests and invitations still waiting, for one supporter. */
export async function placesTaken(tx: Tx, supporterId: string): Promise<number> {
  const [relationships, waiting] = await Promise.all([
    tx.relationship.count({ where: { supporterId, state: { in: ['INTRO', 'ACTIVE'] } } }),
    tx.connectionRequest.count({ where: { supporterId, status: 'OPEN' } }),
  ]);
  return relationships + waiting;
}

export async function assertRoomForInvitation(
  tx: Tx,
  { supporterId, supporterName }: { supporterId: string; supporterName: string },
): Promise<void> {
  const profile = await tx.profile.findUnique({
    where: { userId: supporterId },
    select: { capacity: true },
  });
  const capacity = profile?.capacity ?? 0;
  const taken = await placesTaken(tx, supporterId);
  if (taken >= capacity)
    throw new AppError(
      'CONFLICT',
      `${supporterName} has no free place once pending invitations are counted (${taken} of ${capacity} taken).`,
    );
}

export async function assertNoLiveInvitation(
  tx: Tx,
  { goalId, kind }: { goalId: string; kind: 'MENTOR' | 'COACH' },
): Promise<void> {
  const live = await tx.connectionRequest.findFirst({
    where: { goalId, kind, origin: 'PROGRAM', status: 'OPEN' },
    select: { id: true },
  });
  if (live)
    throw new AppError(
      'CONFLICT',
      `This goal already has an open invitation for a ${kind === 'MENTOR' ? 'mentor' : 'coach'}.`,
    );
}
