import 'server-only';
import type { z } from 'zod';
import type { deleteAccountSchema } from '@/lib/validation/accounts';
import type { Actor } from '../auth/session';
import { endSessions } from '../auth/session-record';
import { notify } from '../connections/notify';
import { closeRelationship } from '../connections/relationships';
import { otherOf } from '../connections/sides';
import { inTransaction, lockUser } from '../connections/transaction';
import { AppError } from '../errors';
import { checkPassword } from './check-password';
import { hasPassword } from './set-password';

/**
 * Deleting an account, in one transaction. First what was under way ends, and the people on
 * the other side are told: open requests are withdrawn, relationships end. Then everything
 * personal goes: profile, career steps, notifications, privacy choices either way, what the
 * person wrote (goals' words, notes, check-in notes, end notes, questions and answers), and
 * their name and e-mail. What program figures count stays, anonymous: the account row as "A
 * former member", its relationships with their dates and states, check-in ratings, and goals
 * that relationships or proposals point to, emptied of their words. Without a profile the
 * person is never suggested or matched again. People they managed keep their profile. Every
 * session ends, so no copy of a cookie can go on acting as the former member.
 */
export async function deleteAccount({
  actor,
  input,
}: {
  actor: Actor;
  input: z.output<typeof deleteAccountSchema>;
}) {
  // Someone who signs in only by e-mailed links has no password to give; their session is
  // the proof, as for every other change they make.
  if (await hasPassword(actor.id)) {
    if (!input.password)
      throw new AppError('INVALID', 'Enter your password to confirm.', 'password');
    if (!(await checkPassword(actor.id, input.password)))
      throw new AppError('INVALID', 'That is not your password.', 'password');
  }
  const me = actor.id;
  const mine = { OR: [{ protegeId: me }, { supporterId: me }] };
  await inTransaction(async (tx) => {
    await lockUser(tx, me);
    const now = new Date();
    const open = await tx.connectionRequest.findMany({
      where: { ...mine, status: 'OPEN' },
      select: { id: true, protegeId: true, supporterId: true },
    });
    await tx.connectionRequest.updateMany({
      where: { id: { in: open.map((request) => request.id) } },
      data: { status: 'WITHDRAWN', respondedAt: now },
    });
    const ongoing = await tx.relationship.findMany({
      where: { ...mine, state: { in: ['INTRO', 'ACTIVE'] } },
      select: { id: true, protegeId: true, supporterId: true },
    });
    for (const relationship of ongoing) await closeRelationship(tx, relationship.id, me, now);
    const others = new Set([...open, ...ongoing].map((entry) => otherOf(entry, me)));
    for (const other of others)
      await notify(
        tx,
        other,
        'relationship-ended',
        `${actor.name} has left Pathfinder, so what you had under way together has ended.`,
        '/requests',
      );

    // Personal data.
    await tx.profile.deleteMany({ where: { userId: me } });
    await tx.profile.updateMany({ where: { managerId: me }, data: { managerId: null } });
    await tx.experience.deleteMany({ where: { userId: me } });
    await tx.notification.deleteMany({ where: { userId: me } });
    await tx.pairExclusion.deleteMany({ where: { OR: [{ userId: me }, { otherId: me }] } });
    await tx.block.deleteMany({ where: { OR: [{ blockerId: me }, { blockedId: me }] } });
    await tx.suggestionDismissal.deleteMany({ where: { personId: me } });
    await endSessions(tx, me);
    await tx.account.deleteMany({ where: { userId: me } });
    await tx.goal.deleteMany({
      where: { userId: me, relationships: { none: {} }, proposals: { none: {} } },
    });
    await tx.goal.updateMany({
      where: { userId: me },
      data: { statement: '', targetTitle: null, needs: [] },
    });
    await tx.checkIn.updateMany({ where: { authorId: me }, data: { note: '' } });
    await tx.relationship.updateMany({ where: { endedById: me }, data: { endNote: null } });
    await tx.relationship.updateMany({ where: mine, data: { focus: '' } });
    // What they wrote on requests: notes they sent, questions they asked, answers they gave.
    await tx.connectionRequest.updateMany({
      where: {
        OR: [
          { origin: 'PROTEGE', protegeId: me },
          { origin: 'SUPPORTER', supporterId: me },
        ],
      },
      data: { note: '', detailAnswer: null },
    });
    await tx.connectionRequest.updateMany({
      where: {
        OR: [
          { origin: 'PROTEGE', supporterId: me },
          { origin: 'SUPPORTER', protegeId: me },
        ],
      },
      data: { detailQuestion: null },
    });
    await tx.programMember.updateMany({ where: { userId: me }, data: { externalId: null } });
    await tx.programAdmin.deleteMany({ where: { userId: me } });
    await tx.user.update({
      where: { id: me },
      data: {
        name: 'A former member',
        email: `deleted-${me}@deleted.invalid`,
        passwordHash: null,
        emailVerified: null,
        image: null,
        isPlatformAdmin: false,
      },
    });
  });
}
