import 'server-only';
/** What a program's settings page shows: its admins, its window and whether it is archived. */
import type { Actor } from '../auth/session';
import { db } from '../db';
import { runBy } from './run-by';

export async function findProgramSettings({
  actor,
  programId,
}: {
  actor: Actor;
  programId: string;
}) {
  const program = await db.program.findFirst({
    where: { id: programId, ...runBy(actor) },
    select: {
      id: true,
      name: true,
      startsOn: true,
      endsOn: true,
      archivedAt: true,
      allowOutsideMentors: true,
      admins: {
        orderBy: { createdAt: 'asc' },
        select: { user: { select: { id: true, name: true, email: true } } },
      },
      _count: {
        select: {
          invitations: { where: { status: 'OPEN' } },
          runs: { where: { activeProgramId: { not: null } } },
        },
      },
    },
  });
  if (!program) return null;
  const { admins, _count, ...rest } = program;
  return {
    ...rest,
    admins: admins.map(({ user }) => user),
    openInvitations: _count.invitations,
    runUnderWay: _count.runs > 0,
  };
}
