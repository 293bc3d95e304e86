import 'server-only';
/**
 * The e-mail outbox. Messages are queued inside the caller's transaction; `deliverEmails`
 * claims queued ones with FOR UPDATE SKIP LOCKED (so several workers never take the same one),
 * renders each from its template (lib/core/email), sends it through nodemailer when SMTP_URL
 * is set, and otherwise holds them for the in-app mailbox that platform admins can read.
 */
import { log } from '@/lib/server/log/logger';
import nodemailer from 'nodemailer';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { EmailKind } from '@/lib/core/email/kinds';
import { SETTINGS_PATH } from '@/lib/core/email/layout';
import type { NoticeFields } from '@/lib/core/email/notice';
import { renderEmail } from '@/lib/core/email/render';
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
    /** The button's words, when the link does more than open a page ("Sign in"). */
    button?: string;
    /**
     * Whose account's activity it tells of, and its kind: their choice for that kind decides
     * whether it goes at once, waits for their daily digest, or is not sent. Without it (sign-in
     * and security e-mails) it always goes at once.
     */
    reader?: { userId: string; kind: EmailKind };
  },
): Promise<void> {
  const frequency = message.reader ? await frequencyFor(tx, message.reader) : 'AT_ONCE';
  // "Off" means no e-mail; the notification in the product stays.
  if (frequency === 'OFF') return;
  const fields: NoticeFields = {
    message: message.text,
    url: new URL(message.href, siteOrigin()).toString(),
    ...(message.button ? { button: message.button } : {}),
  };
  await tx.emailMessage.create({
    data: {
      to: message.to,
      subject: message.subject,
      // The whole text as before, for the mailbox page; what is sent is rendered from `fields`.
      text: emailBody(message.text, message.href),
      calendar: message.calendar ?? null,
      template: 'notice',
      fields: { ...fields },
      userId: message.reader?.userId ?? null,
      kind: message.reader?.kind ?? null,
      // A calendar invitation is only of use when it arrives: it never waits for a digest.
      status: frequency === 'DAILY_DIGEST' && !message.calendar ? 'AWAITING_DIGEST' : 'QUEUED',
    },
  });
}

async function frequencyFor(tx: Tx, reader: { userId: string; kind: EmailKind }) {
  const chosen = await tx.emailPreference.findUnique({
    where: { userId_kind: { userId: reader.userId, kind: reader.kind } },
    select: { frequency: true },
  });
  return chosen?.frequency ?? 'AT_ONCE';
}

/** Where every e-mail's footer sends its reader to change which e-mails they get. */
export const settingsUrl = () => new URL(SETTINGS_PATH, siteOrigin()).toString();

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
  template: string | null;
  fields: unknown;
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
    RETURNING "id", "to", "subject", "text", "calendar", "attempts", "template", "fields"`;
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
  const settings = settingsUrl();
  try {
    for (const message of claimed) {
      try {
        // Rendered here, in the worker, at send time: an HTML part with a text alternative.
        const rendered = renderEmail(message, settings);
        await transport.sendMail({
          from,
          to: message.to,
          subject: rendered.subject,
          text: rendered.text,
          ...(rendered.html ? { html: rendered.html } : {}),
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
