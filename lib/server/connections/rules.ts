import 'server-only';
/**
 * The connection rules' numbers: the product's defaults, or the policy of the program the
 * protégé belongs to (the first they joined, when they are in several). A request records
 * that program, so its reminder follows the same policy when the sweep comes round.
 */
import type { Tx } from './transaction';

export const CONNECTION_RULES = {
  /** Open requests a protégé may have at once. */
  openRequestCap: 3,
  /** Days without an answer before the receiver is reminded. */
  remindAfterDays: 5,
  /** Days without an answer before a request expires. */
  expireAfterDays: 14,
} as const;

export interface ConnectionRules {
  openRequestCap: number;
  remindAfterDays: number;
  expireAfterDays: number;
  /** The program whose policy these are; null for the defaults. */
  programId: string | null;
}

export async function rulesFor(tx: Tx, protegeId: string): Promise<ConnectionRules> {
  const membership = await tx.programMember.findFirst({
    where: { userId: protegeId },
    orderBy: [{ joinedAt: 'asc' }, { programId: 'asc' }],
    select: {
      program: {
        select: { id: true, openRequestCap: true, remindAfterDays: true, expireAfterDays: true },
      },
    },
  });
  if (!membership) return { ...CONNECTION_RULES, programId: null };
  const { id, ...policy } = membership.program;
  return { ...policy, programId: id };
}

const DAY_MS = 24 * 60 * 60 * 1000;
export const daysAfter = (start: Date, days: number) => new Date(start.getTime() + days * DAY_MS);
