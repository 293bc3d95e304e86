import 'server-only';
/** The program's audit log: every admin action, who, when, and the record before and after. */
import type { AuditAction } from '@/lib/core/programs/audit-actions';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Actor } from '../auth/session';
import { db } from '../db';
import type { Tx } from '../connections/transaction';
import { runBy } from './run-by';

export async function recordAudit(
  tx: Tx,
  entry: { programId: string; actor: Actor; action: AuditAction; before?: object; after?: object },
): Promise<void> {
  await tx.auditEntry.create({
    data: {
      programId: entry.programId,
      actorId: entry.actor.id,
      action: entry.action,
      // Snapshots of whatever record the action changed: free-form by design, so not parsed.
      before: entry.before as Prisma.InputJsonValue | undefined,
      after: entry.after as Prisma.InputJsonValue | undefined,
    },
  });
}

/** The log of one program, newest first, with who did each thing; empty for anyone else. */
export async function listAudit({ actor, programId }: { actor: Actor; programId: string }) {
  const entries = await db.auditEntry.findMany({
    where: { programId, program: runBy(actor) },
    orderBy: { at: 'desc' },
    take: 500,
  });
  const actors = await db.user.findMany({
    where: { id: { in: [...new Set(entries.flatMap((entry) => entry.actorId ?? []))] } },
    select: { id: true, name: true },
  });
  const nameOf = new Map(actors.map((person) => [person.id, person.name]));
  return entries.map((entry) => ({
    ...entry,
    actorName: entry.actorId ? (nameOf.get(entry.actorId) ?? 'a deleted account') : 'the system',
  }));
}
