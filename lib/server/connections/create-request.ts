import 'server-only';
/**
 * The one place a connection request is written: the row, and a notification and e-mail to
 * each person who must answer it, all in the caller's transaction. The caller has already
 * taken its lock and checked its rules (eligibility, caps, the same-pair rule, program
 * policy), which differ between a protégé's request, a supporter's offer and a program's
 * invitation; writing the row is the same for all three.
 */
import type { RequestOrigin } from '@/lib/generated/prisma/enums';
import { notify } from './notify';
import { daysAfter } from './rules';
import type { Tx } from './transaction';

export interface NewConnectionRequest {
  goalId: string;
  kind: 'MENTOR' | 'COACH';
  protegeId: string;
  supporterId: string;
  origin: RequestOrigin;
  note: string;
  /** The program whose policy governs the request; null for the product's defaults. */
  programId: string | null;
  /** The published proposal an invitation comes from. */
  proposalId?: string;
  /** The governing policy's expiry, counted from `now`. */
  expireAfterDays: number;
  now: Date;
  /** Who is told, each in their own words; the link is the new request's page. */
  tell: { userId: string; text: string }[];
}

export async function createConnectionRequest(
  tx: Tx,
  { expireAfterDays, now, tell, ...request }: NewConnectionRequest,
): Promise<{ id: string }> {
  const created = await tx.connectionRequest.create({
    data: { ...request, expiresAt: daysAfter(now, expireAfterDays), createdAt: now },
    select: { id: true },
  });
  const href = `/requests/${created.id}`;
  for (const { userId, text } of tell) await notify(tx, userId, 'request-received', text, href);
  return created;
}
