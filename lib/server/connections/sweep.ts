import 'server-only';
/**
 * The clock's part of the request flow: a reminder to the receiver after a few days without
 * an answer, and expiry after more (CONNECTION_RULES). Each step claims its rows with one
 * UPDATE ... RETURNING, so however many workers sweep at once, each request is reminded once
 * and expires once, and its notifications are written in the same transaction. `now` is a
 * parameter so tests can move the clock.
 */
import { Prisma } from '@/lib/generated/prisma/client';
import { db } from '../db';
import { notify } from './notify';
import { CONNECTION_RULES, daysAfter } from './rules';
import { kindWord, receiverOf, senderOf } from './sides';

interface Claimed {
  id: string;
  kind: string;
  origin: string;
  protegeId: string;
  supporterId: string;
  protegeName: string;
  supporterName: string;
}

const senderName = (r: Claimed) => (r.origin === 'PROTEGE' ? r.protegeName : r.supporterName);
const receiverName = (r: Claimed) => (r.origin === 'PROTEGE' ? r.supporterName : r.protegeName);

// Both steps touch open requests only and return them with both people's names.
const WITH_NAMES = Prisma.sql`
  FROM "User" p, "User" s
  WHERE r."status" = 'OPEN' AND p."id" = r."protegeId" AND s."id" = r."supporterId"`;
const RETURNING_CLAIMED = Prisma.sql`
  RETURNING r."id", r."kind"::text AS "kind", r."origin"::text AS "origin", r."protegeId",
    r."supporterId", p."name" AS "protegeName", s."name" AS "supporterName"`;

export async function sweepRequests(now: Date = new Date()) {
  return db.$transaction(async (tx) => {
    const expired = await tx.$queryRaw<Claimed[]>`
        UPDATE "ConnectionRequest" r SET "status" = 'EXPIRED', "respondedAt" = ${now}
        ${WITH_NAMES} AND r."expiresAt" <= ${now}
        ${RETURNING_CLAIMED}`;
    for (const r of expired)
      await notify(
        tx,
        senderOf(r),
        'request-expired',
        `Your request to ${receiverName(r)} expired without an answer. You can ask someone else from your suggestions.`,
        `/requests/${r.id}`,
      );
    const remindBefore = daysAfter(now, -CONNECTION_RULES.remindAfterDays);
    const reminded = await tx.$queryRaw<Claimed[]>`
        UPDATE "ConnectionRequest" r SET "remindedAt" = ${now}
        ${WITH_NAMES} AND r."remindedAt" IS NULL AND r."createdAt" <= ${remindBefore}
        ${RETURNING_CLAIMED}`;
    for (const r of reminded)
      await notify(
        tx,
        receiverOf(r),
        'request-reminder',
        `${senderName(r)} is still waiting for your answer about being their ${kindWord(r.kind)}.`,
        `/requests/${r.id}`,
      );
    return { expired: expired.length, reminded: reminded.length };
  });
}
