import 'server-only';
/**
 * The owners of goals shown on "Goals you would suit", in words that do not name them: level,
 * function, and organisation only where enough people share that function there
 * (lib/core/goals/goal-owner.ts). The counts are of profiles, whoever they are.
 */
import { describeGoalOwner, type GoalOwnerWords } from '@/lib/core/goals/goal-owner';
import { db } from '../db';

export async function describeGoalOwners(userIds: string[]): Promise<Map<string, GoalOwnerWords>> {
  const owners = await db.profile.findMany({
    where: { userId: { in: userIds } },
    select: {
      userId: true,
      level: true,
      organisationId: true,
      functionId: true,
      organisation: { select: { name: true } },
      function: { select: { name: true } },
    },
  });
  const crowds = await db.profile.groupBy({
    by: ['organisationId', 'functionId'],
    where: { organisationId: { in: [...new Set(owners.map((o) => o.organisationId))] } },
    _count: { _all: true },
  });
  const size = new Map(
    crowds.map((c) => [`${c.organisationId}:${c.functionId}`, c._count._all] as const),
  );
  return new Map(
    owners.map((owner) => [
      owner.userId,
      describeGoalOwner({
        level: owner.level,
        function: owner.function.name,
        organisation: owner.organisation.name,
        peers: size.get(`${owner.organisationId}:${owner.functionId}`) ?? 1,
      }),
    ]),
  );
}
