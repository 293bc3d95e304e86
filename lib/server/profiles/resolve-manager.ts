import 'server-only';
import { db } from '../db';
import { visiblePeople } from '../directory/visible-people';
import { AppError } from '../errors';

/**
 * Checks the manager a person picked: someone they can see in the directory (or the one
 * already saved, who may since have left it), not themselves, and not anyone who reports to
 * them, since matching later relies on walking these lines up and down.
 */
export async function resolveManager(userId: string, managerId: string): Promise<string> {
  if (managerId === userId)
    throw new AppError('INVALID', 'You cannot be your own manager.', 'managerId');
  const [visible, saved] = await Promise.all([
    db.user.findFirst({ where: { AND: [{ id: managerId }, visiblePeople(userId)] } }),
    db.profile.findFirst({ where: { userId, managerId } }),
  ]);
  if (!visible && !saved)
    throw new AppError('INVALID', 'Choose your manager from the list as you type.', 'managerId');

  // Is the proposed manager somewhere below this person already?
  const rows = await db.$queryRaw<{ found: boolean }[]>`
    WITH RECURSIVE below AS (
      SELECT "userId" FROM "Profile" WHERE "managerId" = ${userId}
      UNION
      SELECT p."userId" FROM "Profile" p JOIN below b ON p."managerId" = b."userId"
    )
    SELECT EXISTS (SELECT 1 FROM below WHERE "userId" = ${managerId}) AS found`;
  if (rows[0]?.found) {
    throw new AppError(
      'INVALID',
      'That person reports to you, directly or further down.',
      'managerId',
    );
  }
  return managerId;
}
