import 'server-only';
/**
 * Applies an import: everything in one transaction, or nothing. The file is read and checked
 * again here (a preview is never trusted), and a file with any bad row is refused whole, with
 * the same line-numbered problems the preview lists. Imports of one program take turns (a lock
 * on the program's row), so two admins uploading at once cannot both make the same people.
 */
import type { GoalTriage } from '@/lib/core/goals/goal-triage';
import type { FileGoal } from '@/lib/core/matching/people-file';
import { db } from '../../db';
import { recordAudit } from '../audit';
import { invitePeople } from '../invitations';
import { deliverSoon } from '../../email/deliver-soon';
import { requireOpenProgram } from './access';
import { lockOpenProgram } from '../open-program';
import { triageFileGoal } from '@/lib/core/programs/import/goal-columns';
import { planImport } from './plan';
import type { ImportInput } from './preview';
import { inFileOrder, readImportFile } from '@/lib/core/programs/import/read-file';
import { countPlan, type ImportCounts } from '@/lib/core/programs/import/summary';
import type { ImportProblem } from '@/lib/core/programs/import/types';
import { writePlan } from './write-plan';

export type ApplyResult =
  { ok: true; counts: ImportCounts } | { ok: false; problems: ImportProblem[] };

/** 2,000 people take a few seconds; the margin is for slow disks and much larger cohorts. */
const TRANSACTION_TIMEOUT_MS = 120_000;

export async function applyImport({
  actor,
  programId,
  text,
  format,
}: ImportInput): Promise<ApplyResult> {
  await requireOpenProgram(db, actor, programId); // "not found" before reading a byte
  const read = readImportFile(text, format);
  // The triage is pure and the slowest step: done before the transaction holds any lock.
  const triage = new Map<FileGoal, GoalTriage>(
    read.problems.length ? [] : read.goals.map(({ goal }) => [goal, triageFileGoal(goal)]),
  );
  const result = await db.$transaction(
    async (tx): Promise<ApplyResult> => {
      // For update: two imports of one program wait for each other, and archiving for both.
      const program = await lockOpenProgram(tx, actor, programId, 'update');
      const plan = await planImport(tx, programId, read);
      const problems = inFileOrder([...read.problems, ...plan.problems]);
      if (problems.length) return { ok: false, problems };
      await writePlan(tx, { plan, programId, triage, now: new Date() });
      // The people the import made have no password: the invitation is their way in.
      const invited = await invitePeople(
        tx,
        { programId, programName: program?.name ?? 'Your program', invitedBy: actor.name },
        plan.people.filter((person) => person.userId === null).map(({ person }) => person.email),
      );
      const counts = countPlan(plan);
      await recordAudit(tx, {
        programId,
        actor,
        action: 'people-imported',
        after: {
          format,
          people: counts.people,
          goals: counts.goals,
          organisationsCreated: counts.newOrganisations.length,
          functionsCreated: counts.newFunctions.length,
          invited,
        },
      });
      return { ok: true, counts };
    },
    { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 10_000 },
  );
  if (result.ok) await deliverSoon();
  return result;
}
