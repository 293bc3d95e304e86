/**
 * One live pool across runs and programs: pending invitations take places, a goal gets one
 * invitation of a kind, a newer run replaces an older one, and two admins publishing at the
 * same moment from two programs that share people never overbook anyone.
 */
import { describe, expect, it } from 'vitest';
import { createProtege, createSupporter } from '@/test/db/connections';
import { createPlatformAdmin } from '@/test/programs/runs';
import { createActor } from '@/scripts/support/actors';
import { db } from '../../db';
import { AppError } from '../../errors';
import { createProgram } from '../programs';
import { listLeftOut } from './left-out';
import { performRun } from './run-job';
import { startRun } from './runs';
import { listProposals, publishRun } from './review';
import { approveAbove } from './review-bulk';

async function programOf(members: string[]) {
  const owner = await createPlatformAdmin();
  const admin = await createActor();
  const { id: programId } = await createProgram({
    actor: owner,
    input: { name: `Program ${admin.id}`, description: '', adminEmails: [admin.email] },
  });
  await db.programMember.createMany({
    data: members.map((userId) => ({ programId, userId })),
  });
  return { programId, admin };
}

async function approvedRun(program: Awaited<ReturnType<typeof programOf>>) {
  const { id } = await startRun({ actor: program.admin, input: { programId: program.programId } });
  await performRun(id);
  await approveAbove({ actor: program.admin, input: { runId: id, minimumFit: 0 } });
  return id;
}

async function mentoringGoalOf(protege: Awaited<ReturnType<typeof createProtege>>) {
  await db.goal.update({ where: { id: protege.goal.id }, data: { triageKind: 'MENTOR' } });
}

const invitationsTo = (supporterId: string) =>
  db.connectionRequest.count({ where: { supporterId, origin: 'PROGRAM', status: 'OPEN' } });

describe('one live pool', () => {
  it('counts a pending invitation against capacity, so the next run proposes someone else', async () => {
    const [first, second] = [await createProtege(), await createProtege()];
    await Promise.all([mentoringGoalOf(first), mentoringGoalOf(second)]);
    const mentor = await createSupporter(1, 'MENTORING');
    const program = await programOf([first.actor.id, mentor.id]);
    const run1 = await approvedRun(program);
    expect((await publishRun({ actor: program.admin, input: { runId: run1 } })).published).toBe(1);

    // The second protégé joins; the mentor's one place is held by the invitation.
    await db.programMember.create({
      data: { programId: program.programId, userId: second.actor.id },
    });
    const run2 = await approvedRun(program);
    const proposals = await listProposals({ actor: program.admin, runId: run2 });
    expect(proposals.filter((proposal) => proposal.supporter.id === mentor.id)).toEqual([]);
    const run = await db.matchingRun.findUniqueOrThrow({ where: { id: run2 } });
    expect(run.unmet).toEqual([
      expect.objectContaining({ goalId: second.goal.id, kind: 'MENTOR' }),
    ]);
    // The admin sees who was left out by name; anyone else sees nobody.
    expect(await listLeftOut({ actor: program.admin, runId: run2 })).toEqual([
      expect.objectContaining({
        goalId: second.goal.id,
        kind: 'MENTOR',
        protege: second.actor.name,
        goal: second.goal.statement,
      }),
    ]);
    expect(await listLeftOut({ actor: await createActor(), runId: run2 })).toEqual([]);
  });

  it('refuses to publish a run that a newer run has replaced', async () => {
    const protege = await createProtege();
    await mentoringGoalOf(protege);
    const mentor = await createSupporter(2, 'MENTORING');
    const program = await programOf([protege.actor.id, mentor.id]);
    const older = await approvedRun(program);
    await approvedRun(program);
    await expect(publishRun({ actor: program.admin, input: { runId: older } })).rejects.toThrow(
      AppError,
    );
    expect(await invitationsTo(mentor.id)).toBe(0);
  });

  it('never overbooks a supporter or gives a goal two mentors when programs publish at once', async () => {
    const [a, b] = [await createProtege(), await createProtege()];
    await Promise.all([mentoringGoalOf(a), mentoringGoalOf(b)]);
    const scarce = await createSupporter(1, 'MENTORING');
    const spare = await createSupporter(1, 'MENTORING');
    // Each program alone sees room: the scarce mentor's one place is proposed twice over, and
    // protégé a's goal gets a mentor in two programs.
    const programs = [
      await programOf([a.actor.id, scarce.id]),
      await programOf([b.actor.id, scarce.id]),
      await programOf([a.actor.id, spare.id]),
    ];
    const runs: string[] = [];
    for (const program of programs) runs.push(await approvedRun(program));
    const results = await Promise.all(
      programs.map((program, at) =>
        publishRun({ actor: program.admin, input: { runId: runs[at]! } }),
      ),
    );
    expect(await invitationsTo(scarce.id)).toBe(1);
    const mentorsOfA = await db.connectionRequest.count({
      where: { goalId: a.goal.id, kind: 'MENTOR', origin: 'PROGRAM', status: 'OPEN' },
    });
    expect(mentorsOfA).toBe(1);
    // Every refusal says why, in words an admin can act on.
    const refusals = results.flatMap((result) => result.refused.map((refusal) => refusal.reason));
    expect(refusals.length).toBeGreaterThanOrEqual(1);
    for (const reason of refusals)
      expect(reason).toMatch(/no free place|already has an open invitation/);
  });
});
