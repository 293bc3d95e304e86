import 'server-only';
import { db } from '../db';
import { AppError } from '../errors';

/**
 * Turns the manager's e-mail into a user id, refusing a reporting line that would loop back
 * on itself: matching later relies on walking these lines up and down.
 */
export async function resolveManager(userId: string, managerEmail: string): Promise<string> {
  const manager = await db.user.findUnique({
    where: { email: managerEmail },
    select: { id: true },
  });
  if (!manager)
    throw new AppError(
      'INVALID',
      'No one with that e-mail is on the platform yet.',
      'managerEmail',
    );
  if (manager.id === userId)
    throw new AppError('INVALID', 'You cannot be your own manager.', 'managerEmail');

  // Is the proposed manager somewhere below this person already?
  const rows = await db.$queryRaw<{ found: boolean }[]>`
    WITH RECURSIVE below AS (
      SELECT "userId" FROM "Profile" WHERE "managerId" = ${userId}
      UNION
      SELECT p."userId" FROM "Profile" p JOIN below b ON p."managerId" = b."userId"
    )
    SELECT EXISTS (SELECT 1 FROM below WHERE "userId" = ${manager.id}) AS found`;
  if (rows[0]?.found) {
    throw new AppError(
      'INVALID',
      'That person reports to you, directly or further down.',
      'managerEmail',
    );
  }
  return manager.id;
}
