/**
 * A relationship the mentor has said yes to, written straight into the database, for browser
 * tests and benchmarks that start after the asking: the goal, the accepted request and the
 * relationship.
 */
import type { Db } from '@/lib/node/prisma-client';

export async function acceptedRelationship(
  prisma: Db,
  people: { protegeId: string; mentorId: string },
  words: { statement: string; note: string },
  /** A coaching relationship when asked for; the goal's ticked needs give its coaching areas. */
  shape: { kind?: 'MENTOR' | 'COACH'; needs?: string[] } = {},
) {
  const kind = shape.kind ?? 'MENTOR';
  const { protegeId, mentorId } = people;
  const goal = await prisma.goal.create({
    data: { userId: protegeId, statement: words.statement, needs: shape.needs ?? [] },
  });
  const request = await prisma.connectionRequest.create({
    data: {
      goalId: goal.id,
      kind,
      protegeId,
      supporterId: mentorId,
      origin: 'PROTEGE',
      note: words.note,
      status: 'ACCEPTED',
      respondedAt: new Date(),
      expiresAt: new Date(Date.now() + 86_400_000),
    },
  });
  const relationship = await prisma.relationship.create({
    data: {
      requestId: request.id,
      goalId: goal.id,
      kind,
      protegeId,
      supporterId: mentorId,
      events: { create: { state: 'INTRO', actorId: mentorId } },
    },
  });
  return { goal, request, relationship };
}
