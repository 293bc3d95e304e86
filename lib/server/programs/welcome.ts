import 'server-only';
/** What a program's invitation lands on: the program, seen by one of its own members. */
import type { Actor } from '../auth/session';
import { hasPassword } from '../accounts/set-password';
import { db } from '../db';

export async function findProgramWelcome({
  actor,
  programId,
}: {
  actor: Actor;
  programId: string;
}) {
  const program = await db.program.findFirst({
    where: { id: programId, members: { some: { userId: actor.id } } },
    select: {
      name: true,
      description: true,
      admins: { select: { user: { select: { name: true } } }, orderBy: { createdAt: 'asc' } },
    },
  });
  if (!program) return null;
  const [withPassword, goals] = await Promise.all([
    hasPassword(actor.id),
    db.goal.count({ where: { userId: actor.id } }),
  ]);
  return {
    name: program.name,
    description: program.description,
    admins: program.admins.map((admin) => admin.user.name),
    hasPassword: withPassword,
    goals,
  };
}
