/**
 * An archived program is read-only on the server, whatever the pages show: every change is
 * refused with the same words, it leaves the list of programs, and its admins still find it
 * among the archived ones.
 */
import { describe, expect, it } from 'vitest';
import { createCohort } from '@/test/programs/runs';
import { auditActions } from '@/test/programs/managed-program';
import { db } from '../db';
import { addProgramAdmin } from './admins';
import { archiveProgram } from './archive';
import { applyImport } from './import/apply';
import { renewJoinCode, joinProgram } from './join';
import { removeMember } from './membership';
import { updateProgramWindow } from './program-window';
import { listPrograms, updateProgramPolicy } from './programs';
import { performRun } from './runs/run-job';
import { decideProposal, publishRun } from './runs/review';
import { approveAbove } from './runs/review-bulk';
import { startRun } from './runs/runs';
import { createActor } from '@/scripts/support/actors';

const ARCHIVED = 'This program is archived';
const policy = {
  weights: {
    beenThere: 50,
    coachingAreas: 40,
    topics: 20,
    crossFunction: 20,
    crossOrganisation: 10,
    timezone: 10,
  },
  openRequestCap: 2,
  remindAfterDays: 4,
  expireAfterDays: 10,
  defaultCapacity: 2,
  allowCrossOrganisation: true,
};

describe('archiving a program', () => {
  it('makes every change refuse it, and moves it to the archived list', async () => {
    const { programId, admin, protege, supporters } = await createCohort(2);
    await db.goal.update({ where: { id: protege.goal.id }, data: { triageKind: 'MENTOR' } });
    const { id: runId } = await startRun({ actor: admin, input: { programId } });
    await performRun(runId);
    const [proposal] = await db.proposal.findMany({ where: { runId } });
    expect(proposal).toBeDefined();

    await archiveProgram({ actor: admin, input: { programId } });
    expect(await auditActions(programId)).toContain('program-archived');
    expect((await listPrograms({ actor: admin })).map((p) => p.id)).not.toContain(programId);
    expect((await listPrograms({ actor: admin, archived: true })).map((p) => p.id)).toEqual([
      programId,
    ]);

    const { joinCode } = await db.program.findUniqueOrThrow({ where: { id: programId } });
    const outsider = await createActor();
    const changes: [string, () => Promise<unknown>][] = [
      ['start a run', () => startRun({ actor: admin, input: { programId } })],
      [
        'decide',
        () =>
          decideProposal({
            actor: admin,
            input: { proposalId: proposal!.id, decision: 'APPROVED' },
          }),
      ],
      ['approve above', () => approveAbove({ actor: admin, input: { runId, minimumFit: 0 } })],
      ['publish', () => publishRun({ actor: admin, input: { runId } })],
      [
        'import',
        () => applyImport({ actor: admin, programId, text: '{"people":[]}', format: 'json' }),
      ],
      ['policy', () => updateProgramPolicy({ actor: admin, input: { ...policy, programId } })],
      [
        'window',
        () =>
          updateProgramWindow({
            actor: admin,
            input: { programId, startsOn: null, endsOn: null },
          }),
      ],
      ['new link', () => renewJoinCode({ actor: admin, input: { programId } })],
      [
        'add admin',
        () => addProgramAdmin({ actor: admin, input: { programId, email: supporters[0]!.email } }),
      ],
      [
        'remove member',
        () => removeMember({ actor: admin, input: { programId, userId: supporters[0]!.id } }),
      ],
      ['archive again', () => archiveProgram({ actor: admin, input: { programId } })],
    ];
    for (const [what, change] of changes) await expect(change(), what).rejects.toThrow(ARCHIVED);
    await expect(joinProgram({ actor: outsider, input: { code: joinCode } })).rejects.toThrow(
      'no longer takes new members',
    );
    expect(await db.proposal.findUniqueOrThrow({ where: { id: proposal!.id } })).toMatchObject({
      status: 'PROPOSED',
    });
    expect(await db.matchingRun.count({ where: { programId } })).toBe(1);
  });

  it('waits for a run under way to end', async () => {
    const { programId, admin } = await createCohort(1);
    await startRun({ actor: admin, input: { programId } });
    await expect(archiveProgram({ actor: admin, input: { programId } })).rejects.toThrow(
      'A matching run is under way',
    );
  });

  it('is for the program’s admins only: not found for another program’s', async () => {
    const { programId } = await createCohort(0);
    const other = await createCohort(0);
    await expect(archiveProgram({ actor: other.admin, input: { programId } })).rejects.toThrow(
      'not found',
    );
    expect(
      (await db.program.findUniqueOrThrow({ where: { id: programId } })).archivedAt,
    ).toBeNull();
  });
});
