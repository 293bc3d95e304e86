import 'server-only';
/** The program's audit log: every admin action, who, when, and the record before and after. */
import { isAuditAction, type AuditAction } from '@/lib/core/programs/audit-actions';
import { auditMentions } from '@/lib/core/programs/audit-mentions';
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

/** At most this many names per entry; a bulk decision of hundreds says how many more. */
const NAMES_SHOWN = 10;

/**
 * The log of one program, newest first, optionally of one kind of action, with who did each
 * thing and the names of the proposals and people each entry is about; empty for anyone else.
 */
export async function listAudit({
  actor,
  programId,
  action,
}: {
  actor: Actor;
  programId: string;
  action?: AuditAction;
}) {
  const entries = await db.auditEntry.findMany({
    where: { programId, program: runBy(actor), ...(action ? { action } : {}) },
    orderBy: { at: 'desc' },
    take: 500,
  });
  const mentions = entries.map((entry) => auditMentions(entry));
  const proposalIds = [...new Set(mentions.flatMap((m) => m.proposalIds.slice(0, NAMES_SHOWN)))];
  const userIds = [...new Set(mentions.flatMap((m) => m.userIds))];
  const [actors, proposals] = await Promise.all([
    db.user.findMany({
      where: {
        id: { in: [...new Set([...entries.flatMap((entry) => entry.actorId ?? []), ...userIds])] },
      },
      select: { id: true, name: true },
    }),
    // Only this program's proposals: a record can name nothing from elsewhere.
    db.proposal.findMany({
      where: { id: { in: proposalIds }, run: { programId } },
      select: {
        id: true,
        protege: { select: { name: true } },
        supporter: { select: { name: true } },
      },
    }),
  ]);
  const nameOf = new Map(actors.map((person) => [person.id, person.name]));
  const pairOf = new Map(proposals.map((p) => [p.id, `${p.supporter.name} for ${p.protege.name}`]));
  return entries.map((entry, at) => {
    const { proposalIds: named, userIds: people } = mentions[at]!;
    const about = [
      ...named.slice(0, NAMES_SHOWN).map((id) => pairOf.get(id) ?? 'a proposal since removed'),
      ...people.map((id) => nameOf.get(id) ?? 'a deleted account'),
    ];
    if (named.length > NAMES_SHOWN) about.push(`and ${named.length - NAMES_SHOWN} more`);
    return {
      ...entry,
      about,
      actorName: entry.actorId ? (nameOf.get(entry.actorId) ?? 'a deleted account') : 'the system',
    };
  });
}

/**
 * The log for a download: null when the caller does not run the program (an empty log of a
 * program one runs is still a file). An unknown action name filters nothing in.
 */
export async function exportAudit({
  actor,
  programId,
  action,
}: {
  actor: Actor;
  programId: string;
  action: string | null;
}) {
  const program = await db.program.findFirst({
    where: { id: programId, ...runBy(actor) },
    select: { id: true },
  });
  if (!program) return null;
  if (action === null) return listAudit({ actor, programId });
  return isAuditAction(action) ? listAudit({ actor, programId, action }) : [];
}
