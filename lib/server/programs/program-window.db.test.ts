/** A program's window: runs start and invitations go out only inside it. */
import { describe, expect, it } from 'vitest';
import { createSupporter } from '@/test/db/connections';
import { createCohort } from '@/test/programs/runs';
import { auditActions } from '@/test/programs/managed-program';
import { db } from '../db';
import { updateProgramWindow } from './program-window';
import { performRun } from './runs/run-job';
import { publishRun } from './runs/review';
import { approveAbove } from './runs/review-bulk';
import { startRun } from './runs/runs';

const DAY = 24 * 60 * 60 * 1000;
const today = () => new Date(new Date().toISOString().slice(0, 10) + 'T00:00:00Z');
const daysFromToday = (days: number) => new Date(today().getTime() + days * DAY);

describe('a program window', () => {
  it('refuses a run before the first day, and allows one on it', async () => {
    const { programId, admin } = await createCohort(1);
    await updateProgramWindow({
      actor: admin,
      input: { programId, startsOn: daysFromToday(1), endsOn: daysFromToday(30) },
    });
    await expect(startRun({ actor: admin, input: { programId } })).rejects.toThrow(
      'The program starts on',
    );
    expect(await db.matchingRun.count({ where: { programId } })).toBe(0);
    await updateProgramWindow({
      actor: admin,
      input: { programId, startsOn: today(), endsOn: daysFromToday(30) },
    });
    await expect(startRun({ actor: admin, input: { programId } })).resolves.toBeDefined();
    expect(await auditActions(programId)).toEqual([
      'program-created',
      'window-changed',
      'window-changed',
      'run-started',
    ]);
  });

  it('refuses to publish after the last day; the proposals stay approved', async () => {
    const { programId, admin, protege } = await createCohort(0);
    await db.goal.update({ where: { id: protege.goal.id }, data: { triageKind: 'MENTOR' } });
    const mentor = await createSupporter(1, 'MENTORING');
    await db.programMember.create({ data: { programId, userId: mentor.id } });
    const { id: runId } = await startRun({ actor: admin, input: { programId } });
    await performRun(runId);
    await approveAbove({ actor: admin, input: { runId, minimumFit: 0 } });
    await updateProgramWindow({
      actor: admin,
      input: { programId, startsOn: daysFromToday(-30), endsOn: daysFromToday(-1) },
    });
    await expect(publishRun({ actor: admin, input: { runId } })).rejects.toThrow(
      'The program ended on',
    );
    expect(await db.connectionRequest.count({ where: { programId } })).toBe(0);
    expect(await db.proposal.count({ where: { runId, status: 'APPROVED' } })).toBe(1);

    // The last day counts in full.
    await updateProgramWindow({
      actor: admin,
      input: { programId, startsOn: daysFromToday(-30), endsOn: today() },
    });
    expect((await publishRun({ actor: admin, input: { runId } })).published).toBe(1);
  });
});
