import 'server-only';
/**
 * The daily digest job: for each person with e-mails waiting for their digest since before
 * their latest 07:00 (lib/core/email/digest-time.ts), one transaction turns them into a single
 * "digest" message in the outbox (which the outbox then sends like any other) and marks them
 * IN_DIGEST. A per-person advisory lock, taken with "try", makes two workers running at once
 * skip each other's person instead of each sending part of the same day: every waiting
 * e-mail is in exactly one digest, and a second run finds nothing left.
 */
import { latestDigestMoment } from '@/lib/core/email/digest-time';
import { digestSubject, type DigestItem } from '@/lib/core/email/digest';
import { db } from '../db';
import { timeZonesOf } from '../meetings/time-zones';

export async function gatherDigests({ now = new Date() }: { now?: Date } = {}): Promise<number> {
  const waiting = await db.emailMessage.groupBy({
    by: ['userId'],
    where: { status: 'AWAITING_DIGEST', userId: { not: null } },
    _min: { createdAt: true },
  });
  const readers = waiting.flatMap((row) =>
    row.userId && row._min.createdAt ? [{ userId: row.userId, oldest: row._min.createdAt }] : [],
  );
  const zones = await timeZonesOf(readers.map((reader) => reader.userId));
  let digests = 0;
  for (const { userId, oldest } of readers) {
    const dueBefore = latestDigestMoment(now, zones.get(userId) ?? 'UTC');
    if (oldest >= dueBefore) continue;
    if (await gatherOne(userId, dueBefore)) digests++;
  }
  return digests;
}

class TakenMeanwhile extends Error {}

async function gatherOne(userId: string, dueBefore: Date): Promise<boolean> {
  return gatherInTransaction(userId, dueBefore).catch((error: unknown) => {
    if (error instanceof TakenMeanwhile) return false;
    throw error;
  });
}

function gatherInTransaction(userId: string, dueBefore: Date): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const [lock] = await tx.$queryRaw<{ taken: boolean }[]>`
      SELECT pg_try_advisory_xact_lock(hashtextextended('email-digest:' || ${userId}, 0)) AS taken`;
    if (!lock?.taken) return false; // another worker is gathering this person's digest
    const items = await tx.emailMessage.findMany({
      where: { userId, status: 'AWAITING_DIGEST', createdAt: { lt: dueBefore } },
      orderBy: { createdAt: 'asc' },
      select: { id: true, to: true, subject: true, text: true, fields: true },
    });
    const last = items.at(-1);
    if (!last) return false;
    const listed: DigestItem[] = items.map((item) => ({
      subject: item.subject,
      ...itemFields(item.fields, item.text),
    }));
    const moved = await tx.emailMessage.updateMany({
      where: { id: { in: items.map((item) => item.id) }, status: 'AWAITING_DIGEST' },
      data: { status: 'IN_DIGEST' },
    });
    // Belt and braces behind the lock: if any of them went into another digest meanwhile,
    // this one is undone whole and the rest wait for the next run.
    if (moved.count !== items.length) throw new TakenMeanwhile();
    await tx.emailMessage.create({
      data: {
        to: last.to,
        subject: digestSubject(listed.length),
        text: listed.map((item) => `* ${item.subject}\n${item.message}\n${item.url}`).join('\n\n'),
        template: 'digest',
        fields: { items: listed.map((item) => ({ ...item })) },
        userId,
      },
    });
    return true;
  });
}

/** A waiting notice's message and link, as its stored fields give them. */
function itemFields(fields: unknown, text: string): { message: string; url: string } {
  const stored = (fields ?? {}) as { message?: unknown; url?: unknown };
  return {
    message: typeof stored.message === 'string' ? stored.message : text,
    url: typeof stored.url === 'string' ? stored.url : '',
  };
}
