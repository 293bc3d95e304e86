import 'server-only';
/**
 * A program's people and their goals, in the format an import reads: the engine's JSON file
 * with everyone's e-mail, or the same data as CSV. A person's id is their id in the program's
 * last import (else their account id), so an export edited and imported again updates the same
 * people; goals carry their stored id, which a re-import matches. Members who have not written
 * a profile yet are left out: the format has no way to say "not known yet".
 */
import type { FileGoal } from '@/lib/core/matching/people-file';
import type { Actor } from '../../auth/session';
import { db } from '../../db';
import { goalForFile, loadProfiles, toFilePerson } from '../../suggestions/people-from-db';
import { runBy } from '../run-by';
import { requireRunProgram } from './access';
import type { CohortFile, ImportPerson } from '@/lib/core/programs/import/types';
import { peopleFileToCsv } from '@/lib/core/programs/import/write-csv';

export async function exportPeople({
  actor,
  programId,
}: {
  actor: Actor;
  programId: string;
}): Promise<CohortFile> {
  await requireRunProgram(db, actor, programId);
  const members = await db.programMember.findMany({
    where: { programId, program: runBy(actor), user: { profile: { isNot: null } } },
    orderBy: [{ joinedAt: 'asc' }, { externalId: 'asc' }, { userId: 'asc' }],
    select: { userId: true, externalId: true },
  });
  const fileId = new Map(members.map((m) => [m.userId, m.externalId ?? m.userId]));
  const order = new Map(members.map((m, index) => [m.userId, index]));
  const userIds = members.map((member) => member.userId);
  const [profiles, goals] = await Promise.all([
    loadProfiles({ userId: { in: userIds } }),
    db.goal.findMany({
      where: { userId: { in: userIds } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    }),
  ]);
  const rank = (userId: string) => order.get(userId) ?? 0;
  const people = profiles
    .toSorted((a, b) => rank(a.userId) - rank(b.userId))
    .map((row): ImportPerson => {
      const id = fileId.get(row.userId) ?? row.userId;
      const managerId = row.managerId ? (fileId.get(row.managerId) ?? null) : null;
      // Id and e-mail first, for a person reading the file.
      return Object.assign({ id, email: row.user.email }, toFilePerson(row), { id, managerId });
    });
  return {
    people,
    goals: goals
      .toSorted((a, b) => rank(a.userId) - rank(b.userId))
      .map((goal): FileGoal => ({
        ...goalForFile(goal),
        personId: fileId.get(goal.userId) ?? goal.userId,
      })),
  };
}

export async function exportPeopleCsv(input: { actor: Actor; programId: string }) {
  return peopleFileToCsv(await exportPeople(input));
}
