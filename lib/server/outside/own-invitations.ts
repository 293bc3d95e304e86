import 'server-only';
/**
 * The caller's invitations from outside, for their data export: those they sent (to whom,
 * what kind, their note, status and dates) and those sent to their address (who asked, the
 * goal, the note, status and dates). Never the token's hash: the export may travel, and the
 * link must not be rebuilt from it.
 */
import type { Actor } from '../auth/session';
import { db } from '../db';
import { statusOf } from './status-of';

const dates = { createdAt: true, expiresAt: true, answeredAt: true } as const;

export async function ownOutsideInvitations({
  actor,
  now = new Date(),
}: {
  actor: Actor;
  now?: Date;
}) {
  const [sent, received] = await Promise.all([
    db.outsideInvitation.findMany({
      where: { protegeId: actor.id },
      orderBy: { createdAt: 'asc' },
      select: { inviteeEmail: true, kind: true, note: true, status: true, goalId: true, ...dates },
    }),
    db.outsideInvitation.findMany({
      // The address they were sent to, or the account that answered them (its address may
      // have changed since).
      where: {
        OR: [{ inviteeEmail: actor.email.toLowerCase() }, { inviteeId: actor.id }],
        NOT: { protegeId: actor.id },
      },
      orderBy: { createdAt: 'asc' },
      select: {
        kind: true,
        note: true,
        status: true,
        protege: { select: { name: true } },
        goal: { select: { statement: true } },
        ...dates,
      },
    }),
  ]);
  return {
    sent: sent.map((row) => ({ ...row, status: statusOf(row, now) })),
    received: received.map(({ protege, goal, ...row }) => ({
      invitedBy: protege,
      goal,
      ...row,
      status: statusOf(row, now),
    })),
  };
}
