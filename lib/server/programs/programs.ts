import 'server-only';
/**
 * Programs. A platform admin creates one and names its admins; from then on a program's
 * admins (and platform admins) see and change it, and nobody else: every read and write puts
 * the caller's right to the program in its `where`, so another program is "not found". Each
 * change is written to the program's audit log, with the record before and after.
 */
import { DEFAULT_FIT_WEIGHTS } from '@/lib/core/matching/fit';
import { storedFitWeightsSchema } from '@/lib/core/programs/runs/stored-json';
import type { CreateProgramInput, ProgramPolicy } from '@/lib/validation/program';
import type { Actor } from '../auth/session';
import { db } from '../db';
import { fromJson } from './runs/json-column';
import { AppError } from '../errors';
import { recordAudit } from './audit';
import { lockOpenProgram } from './open-program';
import { runBy } from './run-by';

const POLICY_FIELDS = {
  weights: true,
  openRequestCap: true,
  remindAfterDays: true,
  expireAfterDays: true,
  defaultCapacity: true,
  allowCrossOrganisation: true,
} as const;

export async function createProgram({
  actor,
  input,
}: {
  actor: Actor;
  input: CreateProgramInput;
}): Promise<{ id: string }> {
  if (!actor.isPlatformAdmin)
    throw new AppError('NOT_FOUND', 'Only platform admins can create programs.');
  const admins = await db.user.findMany({
    where: { email: { in: input.adminEmails } },
    select: { id: true, email: true },
  });
  const missing = input.adminEmails.filter((email) => !admins.some((a) => a.email === email));
  if (missing.length)
    throw new AppError(
      'INVALID',
      `No one on the platform has the e-mail ${missing.join(', ')}.`,
      'adminEmails',
    );
  if (await db.program.findUnique({ where: { name: input.name }, select: { id: true } }))
    throw new AppError('CONFLICT', 'A program with this name exists already.', 'name');
  return db.$transaction(async (tx) => {
    const program = await tx.program.create({
      data: {
        name: input.name,
        description: input.description,
        weights: { ...DEFAULT_FIT_WEIGHTS },
        createdById: actor.id,
        admins: { create: admins.map((admin) => ({ userId: admin.id })) },
      },
      select: { id: true, name: true, ...POLICY_FIELDS },
    });
    await recordAudit(tx, {
      programId: program.id,
      actor,
      action: 'program-created',
      after: { ...program, admins: admins.map((admin) => admin.email) },
    });
    return { id: program.id };
  });
}

/** The programs the caller runs: the current ones, or (asked for) the archived ones. */
export function listPrograms({ actor, archived = false }: { actor: Actor; archived?: boolean }) {
  return db.program.findMany({
    where: { ...runBy(actor), archivedAt: archived ? { not: null } : null },
    orderBy: archived ? { archivedAt: 'desc' } : { createdAt: 'desc' },
    select: {
      id: true,
      name: true,
      description: true,
      archivedAt: true,
      _count: { select: { members: true } },
    },
  });
}

/** How many archived programs the caller runs: whether the list links to them. */
export function countArchivedPrograms({ actor }: { actor: Actor }) {
  return db.program.count({ where: { ...runBy(actor), archivedAt: { not: null } } });
}

/** The program's name, or null when the caller may not run it: the gate of every program page. */
export function findProgramName({ actor, programId }: { actor: Actor; programId: string }) {
  return db.program.findFirst({
    where: { id: programId, ...runBy(actor) },
    select: { id: true, name: true, archivedAt: true, startsOn: true, endsOn: true },
  });
}

/** Whether the header shows "Programs": platform admins and anyone who runs a program. */
export async function runsAnyProgram(actor: Actor): Promise<boolean> {
  if (actor.isPlatformAdmin) return true;
  return (await db.programAdmin.count({ where: { userId: actor.id } })) > 0;
}

export async function findProgram({ actor, programId }: { actor: Actor; programId: string }) {
  const program = await db.program.findFirst({
    where: { id: programId, ...runBy(actor) },
    select: {
      id: true,
      name: true,
      description: true,
      ...POLICY_FIELDS,
      joinCode: true,
      archivedAt: true,
      admins: { select: { user: { select: { id: true, name: true, email: true } } } },
      audit: { orderBy: { at: 'desc' }, take: 50 },
    },
  });
  return (
    program && {
      ...program,
      weights: fromJson(storedFitWeightsSchema, program.weights, 'Program.weights'),
    }
  );
}

export async function updateProgramPolicy({
  actor,
  input,
}: {
  actor: Actor;
  input: ProgramPolicy & { programId: string };
}): Promise<void> {
  const { programId, ...policy } = input;
  await db.$transaction(async (tx) => {
    // For update: this writes the program's own row (two share locks would deadlock).
    await lockOpenProgram(tx, actor, programId, 'update');
    const before = await tx.program.findUniqueOrThrow({
      where: { id: programId },
      select: POLICY_FIELDS,
    });
    await tx.program.update({ where: { id: programId }, data: policy });
    await recordAudit(tx, { programId, actor, action: 'policy-changed', before, after: policy });
  });
}
