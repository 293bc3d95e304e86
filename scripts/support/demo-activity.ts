/**
 * The demo data holds no requests or relationships. The page benchmarks give the demo
 * employee one accepted request and its relationship, with a thread of messages and a few
 * weeks of check-ins, so that the request, relationship and program health pages are measured
 * with something on them.
 */
import type { Db } from '@/lib/node/prisma-client';
import { acceptedRelationship } from './relationship';

const MESSAGES = 10;
/** Weekly check-ins, newest last; null is a week without one (the ratings chart's gap). */
const RATINGS = [3, 4, null, 4, 5, 4];
const WEEK_MS = 7 * 86_400_000;

export async function giveDemoEmployeeARelationship(prisma: Db, employeeId: string) {
  const someone = await prisma.profile.findFirst({
    where: { userId: { not: employeeId }, offers: { not: 'NONE' } },
  });
  if (!someone) return null;
  const started = await acceptedRelationship(
    prisma,
    { protegeId: employeeId, mentorId: someone.userId },
    { statement: 'I want to lead a team within two years.', note: 'Could we talk about it?' },
  );
  const relationshipId = started.relationship.id;
  const authorOf = (index: number) => (index % 2 ? someone.userId : employeeId);
  await prisma.message.createMany({
    data: Array.from({ length: MESSAGES }, (_, index) => ({
      relationshipId,
      authorId: authorOf(index),
      text: `Message ${index + 1} of the thread.`,
    })),
  });
  const now = Date.now();
  await prisma.checkIn.createMany({
    data: RATINGS.flatMap((rating, index) =>
      rating === null
        ? []
        : [
            {
              relationshipId,
              authorId: authorOf(index),
              note: `Week ${index + 1}: going steadily.`,
              rating,
              createdAt: new Date(now - (RATINGS.length - 1 - index) * WEEK_MS),
            },
          ],
    ),
  });
  return { mentorId: someone.userId, ...started };
}
