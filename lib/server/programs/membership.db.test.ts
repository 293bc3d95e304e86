/**
 * Leaving a program and being removed from it: the person's open invitations from the program
 * are withdrawn with a notice to the other side, the audit log records it, and a publish
 * afterwards no longer asks them.
 */
import { describe, expect, it } from 'vitest';
import { createProtege, createSupporter } from '@/test/db/connections';
import { createCohort } from '@/test/programs/runs';
import { auditActions } from '@/test/programs/managed-program';
import { holdProgramRow } from '@/test/db/hold-row';
import { db } from '../db';
import { leaveProgram, removeMember } from './membership';
import { performRun } from './runs/run-job';
import { publishRun } from './runs/review';
import { approveAbove } from './runs/review-bulk';
import { startRun } from './runs/runs';

/** A protégé with a mentoring goal and one mentor, in a program whose run is approved. */
async function approvedPair() {
  const cohort = await createCohort(0);
  const { protege, admin, programId } = cohort;
  await db.goal.update({ where: { id: protege.goal.id }, data: { triageKind: 'MENTOR' } });
  const mentor = await createSupporter(1, 'MENTORING');
  await db.programMember.create({ data: { programId, userId: mentor.id } });
  const { id: runId } = await startRun({ actor: admin, input: { programId } });
  await performRun(runId);
  await approveAbove({ actor: admin, input: { runId, minimumFit: 0 } });
  return { programId, admin, protege: protege.actor, mentor, runId };
}

const notices = (userId: string) =>
  db.notification.findMany({ where: { userId, kind: 'request-withdrawn' } });
const openInvitations = (programId: string) =>
  db.connectionRequest.count({ where: { programId, status: 'OPEN' } });

describe('leaving a program and being removed', () => {
  it('removing a member withdraws their open invitations and tells both sides', async () => {
    const { programId, admin, protege, mentor, runId } = await approvedPair();
    expect((await publishRun({ actor: admin, input: { runId } })).published).toBe(1);
    expect(await openInvitations(programId)).toBe(1);

    expect(await removeMember({ actor: admin, input: { programId, userId: mentor.id } })).toEqual({
      withdrawn: 1,
    });
    expect(await openInvitations(programId)).toBe(0);
    const [toProtege] = await notices(protege.id);
    expect(toProtege?.text).toMatch(`${mentor.name} is no longer in`);
    expect(toProtege?.text).toMatch('as your mentor is withdrawn');
    expect((await notices(mentor.id))[0]?.text).toMatch(/You are no longer in .*, so its open/);
    expect(await db.emailMessage.count({ where: { to: protege.email } })).toBeGreaterThan(0);
    expect(await auditActions(programId)).toContain('member-removed');
    await expect(
      removeMember({ actor: admin, input: { programId, userId: mentor.id } }),
    ).rejects.toThrow('not found');
  });

  it('a removal racing a publish never leaves an open invitation to the removed member', async () => {
    const { programId, admin, mentor, runId } = await approvedPair();
    // Both wait on the program row, then go on together.
    const hold = await holdProgramRow(programId);
    const race = Promise.allSettled([
      publishRun({ actor: admin, input: { runId } }),
      removeMember({ actor: admin, input: { programId, userId: mentor.id } }),
    ]);
    await hold.releaseOnceWaiting(2);
    const [published, removed] = await race;
    expect(removed.status).toBe('fulfilled');
    expect(published.status).toBe('fulfilled');
    expect(
      await db.connectionRequest.count({
        where: { programId, supporterId: mentor.id, status: 'OPEN' },
      }),
    ).toBe(0);
  });

  it('a publish after the removal refuses the pair, saying who left', async () => {
    const { programId, admin, mentor, runId } = await approvedPair();
    await removeMember({ actor: admin, input: { programId, userId: mentor.id } });
    const outcome = await publishRun({ actor: admin, input: { runId } });
    expect(outcome.published).toBe(0);
    expect(outcome.refused.map((r) => r.reason)).toEqual([
      `${mentor.name} is no longer in the program.`,
    ]);
    expect(await openInvitations(programId)).toBe(0);
  });

  it('a member who leaves has their invitations withdrawn; the other side is told', async () => {
    const { programId, admin, protege, mentor, runId } = await approvedPair();
    await publishRun({ actor: admin, input: { runId } });
    const left = await leaveProgram({ actor: protege, input: { programId } });
    expect(left.withdrawn).toBe(1);
    expect(await openInvitations(programId)).toBe(0);
    expect((await notices(mentor.id))[0]?.text).toMatch(`${protege.name} is no longer in`);
    // The one who left chose to: no notice for them.
    expect(await notices(protege.id)).toEqual([]);
    expect(await auditActions(programId)).toContain('member-left');
    await expect(leaveProgram({ actor: protege, input: { programId } })).rejects.toThrow(
      'not found',
    );
  });

  it('leaves invitations of other programs and other people alone', async () => {
    const { programId, admin, runId } = await approvedPair();
    await publishRun({ actor: admin, input: { runId } });
    const bystander = await createProtege();
    await db.programMember.create({ data: { programId, userId: bystander.actor.id } });
    await leaveProgram({ actor: bystander.actor, input: { programId } });
    expect(await openInvitations(programId)).toBe(1);
  });

  it('an admin of another program cannot remove anyone: not found', async () => {
    const { programId, mentor } = await approvedPair();
    const other = await createCohort(0);
    await expect(
      removeMember({ actor: other.admin, input: { programId, userId: mentor.id } }),
    ).rejects.toThrow('not found');
    expect(await db.programMember.count({ where: { programId, userId: mentor.id } })).toBe(1);
  });
});
