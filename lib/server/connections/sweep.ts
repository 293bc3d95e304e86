import 'server-only';
/**
 * The clock's part of the request flow: a reminder to the receiver after a few days without
 * an answer, and expiry after more (rules.ts: the request's program's policy, else the
 * defaults; expiry is the date written on the request). Each step claims its rows with one
 * UPDATE ... RETURNING, so however many workers sweep at once, each request is reminded once
 * and expires once, and its notifications are written in the same transaction. Invitations to
 * people from outside expire in the same sweep (lib/server/outside/expire-invitations.ts).
 * `now` is a parameter so tests can move the clock.
 */
import { Prisma } from '@/lib/generated/prisma/client';
import { db } from '../db';
import { expireOutsideInvitations } from '../outside/expire-invitations';
import { notify } from './notify';
import { CONNECTION_RULES } from './rules';
import { kindWord, receiversOf, senderOf, UNNAMED_PROTEGE } from './sides';

interface Claimed {
  id: string;
  kind: string;
  origin: string;
  protegeId: string;
  supporterId: string;
  protegeName: string;
  supporterName: string;
  protegeAcceptedAt: Date | null;
  supporterAcceptedAt: Date | null;
}

const nameOf = (r: Claimed, userId: string) =>
  userId === r.protegeId ? r.protegeName : r.supporterName;
// An offer's protégé stays unnamed to the one who offered, even when it lapses.
const otherName = (r: Claimed, userId: string) =>
  userId === r.protegeId
    ? r.supporterName
    : r.origin === 'SUPPORTER'
      ? UNNAMED_PROTEGE
      : r.protegeName;
/** Receivers who have not said yes yet (a program's invitation may have one yes already). */
const stillToAnswer = (r: Claimed) =>
  receiversOf(r).filter((id) =>
    id === r.protegeId ? r.protegeAcceptedAt === null : r.supporterAcceptedAt === null,
  );

// Both steps touch open requests only and return them with both people's names.
const WITH_NAMES = Prisma.sql`
  FROM "User" p, "User" s
  WHERE r."status" = 'OPEN' AND p."id" = r."protegeId" AND s."id" = r."supporterId"`;
const RETURNING_CLAIMED = Prisma.sql`
  RETURNING r."id", r."kind"::text AS "kind", r."origin"::text AS "origin", r."protegeId",
    r."supporterId", p."name" AS "protegeName", s."name" AS "supporterName",
    r."protegeAcceptedAt", r."supporterAcceptedAt"`;

export async function sweepRequests(now: Date = new Date()) {
  return db.$transaction(async (tx) => {
    const expired = await tx.$queryRaw<Claimed[]>`
        UPDATE "ConnectionRequest" r SET "status" = 'EXPIRED', "respondedAt" = ${now}
        ${WITH_NAMES} AND r."expiresAt" <= ${now}
        ${RETURNING_CLAIMED}`;
    for (const r of expired) {
      const sender = senderOf(r);
      if (sender)
        await notify(
          tx,
          sender,
          'request-expired',
          `Your request to ${otherName(r, sender)} expired without an answer. You can ask someone else from your suggestions.`,
          `/requests/${r.id}`,
        );
      // A program's invitation: both hear that it lapsed, without saying who did not answer.
      else
        for (const person of [r.protegeId, r.supporterId])
          await notify(
            tx,
            person,
            'request-expired',
            `The program's invitation to work with ${otherName(r, person)} expired before you both said yes.`,
            `/requests/${r.id}`,
          );
    }
    const reminded = await tx.$queryRaw<Claimed[]>`
        UPDATE "ConnectionRequest" r SET "remindedAt" = ${now}
        ${WITH_NAMES} AND r."remindedAt" IS NULL
          AND r."createdAt" + make_interval(days => COALESCE(
            (SELECT g."remindAfterDays" FROM "Program" g WHERE g."id" = r."programId"),
            ${CONNECTION_RULES.remindAfterDays})) <= ${now}
        ${RETURNING_CLAIMED}`;
    for (const r of reminded) {
      const sender = senderOf(r);
      for (const person of stillToAnswer(r))
        await notify(
          tx,
          person,
          'request-reminder',
          sender
            ? `${nameOf(r, sender)} is still waiting for your answer about being their ${kindWord(r.kind)}.`
            : `The program's invitation to work with ${otherName(r, person)} is waiting for your answer.`,
          `/requests/${r.id}`,
        );
    }
    const outsideExpired = await expireOutsideInvitations(tx, now);
    return { expired: expired.length, reminded: reminded.length, outsideExpired };
  });
}
