import 'server-only';
/**
 * The people and goals an import plan would update, read back in the file's own format (as an
 * export writes them), so the preview can say field by field what would change. Only accounts
 * and goals the plan matched among the program's members are read.
 */
import { db } from '../../db';
import { goalForFile, loadProfiles, toFilePerson } from '../../suggestions/people-from-db';
import type { ImportPlan } from '@/lib/core/programs/import/plan-types';
import type { StoredRecords } from '@/lib/core/programs/import/summary';

export async function storedRecords(programId: string, plan: ImportPlan): Promise<StoredRecords> {
  const userIds = plan.people.flatMap((person) => (person.userId ? [person.userId] : []));
  const goalIds = plan.goals.flatMap((goal) => (goal.existing ? [goal.existing.id] : []));
  const [profiles, goals] = await Promise.all([
    userIds.length ? loadProfiles({ userId: { in: userIds } }) : [],
    goalIds.length ? db.goal.findMany({ where: { id: { in: goalIds } } }) : [],
  ]);
  // A manager is named by their id in the program's file, as an export names them.
  const managerIds = profiles.flatMap((row) => (row.managerId ? [row.managerId] : []));
  const managers = managerIds.length
    ? await db.programMember.findMany({
        where: { programId, userId: { in: managerIds } },
        select: { userId: true, externalId: true },
      })
    : [];
  const fileIdOf = new Map(managers.map((m) => [m.userId, m.externalId ?? m.userId]));
  return {
    people: new Map(
      profiles.map((row) => [
        row.userId,
        {
          ...toFilePerson(row),
          email: row.user.email,
          managerId: row.managerId ? (fileIdOf.get(row.managerId) ?? null) : null,
        },
      ]),
    ),
    goals: new Map(goals.map((goal) => [goal.id, goalForFile(goal)])),
  };
}
