import 'server-only';
/**
 * The e-mail outbox. Messages are queued inside the caller's transaction; `deliverEmails`
 * claims queued ones with FOR UPDATE SKIP LOCKED (so several workers never take the same one),
 * sends them through nodemailer when SMTP_URL is set, and otherwise holds them for the
 * in-app mailbox that platform admins can read.
 */
import { log } from '@/lib/server/log/logger';
import nodemailer from 'nodemailer';
import type { Prisma } from '@/lib/generated/prisma/client';
import { db } from '../db';
import { env } from '../env';
import { siteOrigin } from '../site-origin';

type Tx = Prisma.TransactionClient;

// A failing message is tried again on later runs, a few times, then held for the mailbox.
const MAX_ATTEMPTS = 5;
// Far longer than sending one batch takes.
const STALE_CLAIM_MS = 10 * 60 * 1000;

export async function queueEmail(
  tx: Tx,
  message: {
    to: string;
    subject: string;
    text: string;
    href: string;
    /** A calendar invitation (iCalendar text) to send with it. */
    calendar?: string;
  },
): Promise<void> {
  await tx.emailMessage.create({
    data: {
      to: message.to,
      subject: message.subject,
      text: emailBody(message.text, message.href),
      calendar: message.calendar ?? null,
    },
  });
}

/** A message's text with its link back into the product at the end. */
export function emailBody(text: string, href: string): string {
  return `${text}\n\nOpen it: ${new URL(href, siteOrigin()).toString()}\n`;
}

interface Claimed {
  id: string;
  to: string;
  subject: string;
  text: string;
  calendar: string | null;
  attempts: number;
}

type Counts = { sent: number; held: number; failed: number };

/** Works through the queue a batch at a time until it is empty (or a run's limit is reached). */
export async function deliverEmails(
  options: { smtpUrl?: string; from?: string; batch?: number; maxBatches?: number } = {},
): Promise<Counts> {
  const total: Counts = { sent: 0, held: 0, failed: 0 };
  for (let batch = 0; batch < (options.maxBatches ?? 100); batch++) {
    const counts = await deliverBatch(options);
    total.sent += counts.sent;
    total.held += counts.held;
    total.failed += counts.failed;
    // An empty batch, or one where everything failed (the server is down): stop for this run.
    if (counts.sent + counts.held === 0) break;
  }
  return total;
}

async function deliverBatch(options: {
  smtpUrl?: string;
  from?: string;
  batch?: number;
}): Promise<Counts> {
  const smtpUrl = options.smtpUrl ?? env().SMTP_URL;
  const from = options.from ?? env().MAIL_FROM;
  // A message still "sending" long after it was taken belongs to a worker that died mid-send:
  // it is taken again (at worst it is sent twice, never lost).
  const staleBefore = new Date(Date.now() - STALE_CLAIM_MS);
  const claimed = await db.$queryRaw<Claimed[]>`
    UPDATE "EmailMessage" SET "status" = 'SENDING', "attempts" = "attempts" + 1,
      "claimedAt" = now()
    WHERE "id" IN (
      SELECT "id" FROM "EmailMessage"
      WHERE "status" = 'QUEUED' OR ("status" = 'SENDING' AND "claimedAt" < ${staleBefore})
      ORDER BY "createdAt" LIMIT ${options.batch ?? 50} FOR UPDATE SKIP LOCKED
    )
    RETURNING "id", "to", "subject", "text", "calendar", "attempts"`;
  const counts = { sent: 0, held: 0, failed: 0 };
  if (claimed.length === 0) return counts;
  if (!smtpUrl) {
    await db.emailMessage.updateMany({
      where: { id: { in: claimed.map((m) => m.id) } },
      data: { status: 'HELD' },
    });
    return { ...counts, held: claimed.length };
  }
  const transport = nodemailer.createTransport(smtpUrl);
  try {
    for (const message of claimed) {
      try {
        await transport.sendMail({
          from,
          to: message.to,
          subject: message.subject,
          text: message.text,
          ...(message.calendar ? { icalEvent: invitationPart(message.calendar) } : {}),
        });
        await db.emailMessage.update({
          where: { id: message.id },
          data: { status: 'SENT', sentAt: new Date() },
        });
        counts.sent++;
      } catch (error) {
        log.error({ err: error, emailId: message.id }, 'E-mail delivery failed');
        await db.emailMessage.update({
          where: { id: message.id },
          data: { status: message.attempts >= MAX_ATTEMPTS ? 'HELD' : 'QUEUED' },
        });
        counts.failed++;
      }
    }
  } finally {
    transport.close();
  }
  return counts;
}

/**
 * A calendar invitation as calendar apps look for it: a text/calendar alternative whose method
 * matches the one inside (REQUEST or CANCEL), which nodemailer also names as a file.
 */
function invitationPart(calendar: string) {
  const method = /^METHOD:(\w+)/m.exec(calendar)?.[1] ?? 'REQUEST';
  return { method, filename: 'invitation.ics', content: calendar };
}

/** What would have been sent, newest first: the mailbox page, for platform admins only. */
export function listMailbox({ actor }: { actor: { isPlatformAdmin: boolean } }) {
  if (!actor.isPlatformAdmin) return Promise.resolve(null);
  return db.emailMessage.findMany({ orderBy: { createdAt: 'desc' }, take: 200 });
}
