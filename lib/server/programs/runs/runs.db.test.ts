import { describe, expect, it } from 'vitest';
import { acceptRequest } from '../../connections/accept';
import { declineRequest, findOwnRequest } from '../../connections/requests';
import { db } from '../../db';
import { createActor } from '@/scripts/support/actors';
import { performRun } from './run-job';
import { cancelRun, findRun, listRuns, startRun } from './runs';
import { decideProposal, listProposals, publishRun, swapProposal } from './review';
import { approveAbove, decideTicked, rejectBelow } from './review-bulk';
import { createCohort } from '@/test/programs/runs';
import { listAudit } from '../audit';

async function finishedRun(cohort: Awaited<ReturnType<typeof createCohort>>) {
  const { id } = await startRun({ actor: cohort.admin, input: { programId: cohort.programId } });
  await performRun(id);
  return id;
}

describe('matching runs', () => {
  it('propose one person per goal and kind, with runners-up and the figures', async () => {
    const cohort = await createCohort(3);
    const runId = await finishedRun(cohort);
    const run = await findRun({ actor: cohort.admin, runId });
    expect(run).toMatchObject({ status: 'DONE', progress: 100, stage: 'finished' });
    expect(run?.figures).toMatchObject({ goals: 1, goalsMatched: 1, needs: 2, needsMet: 2 });
    const proposals = await listProposals({ actor: cohort.admin, runId });
    expect(proposals.map((p) => p.kind).sort()).toEqual(['COACH', 'MENTOR']);
    for (const proposal of proposals) {
      expect(proposal.protege.id).toBe(cohort.protege.actor.id);
      expect(proposal.reasons.reduce((sum, reason) => sum + reason.points, 0)).toBe(proposal.score);
      // Three supporters, one chosen: the other two are the runners-up.
      expect(proposal.alternatives).toHaveLength(2);
    }
    // Capacity 1 each: the mentor and the coach are two different people.
    expect(new Set(proposals.map((p) => p.supporter.id)).size).toBe(2);
  });

  it('cannot overlap: a second start while one is queued is refused', async () => {
    const cohort = await createCohort(1);
    await startRun({ actor: cohort.admin, input: { programId: cohort.programId } });
    await expect(
      startRun({ actor: cohort.admin, input: { programId: cohort.programId } }),
    ).rejects.toThrow('already under way');
    expect(await db.matchingRun.count({ where: { programId: cohort.programId } })).toBe(1);
  });

  it('stop when cancelled, queued or running, and write no proposals', async () => {
    const cohort = await createCohort(2);
    const queued = await startRun({ actor: cohort.admin, input: { programId: cohort.programId } });
    await cancelRun({ actor: cohort.admin, input: { runId: queued.id } });
    await performRun(queued.id); // the job arriving late does nothing
    expect(await findRun({ actor: cohort.admin, runId: queued.id })).toMatchObject({
      status: 'CANCELLED',
    });

    const running = await startRun({ actor: cohort.admin, input: { programId: cohort.programId } });
    const work = performRun(running.id);
    // The job has taken the run once it is no longer queued; a run that never starts fails here.
    await expect
      .poll(async () => (await db.matchingRun.findUnique({ where: { id: running.id } }))?.status, {
        interval: 5,
        timeout: 10_000,
      })
      .not.toBe('QUEUED');
    await cancelRun({ actor: cohort.admin, input: { runId: running.id } });
    await work;
    expect(await findRun({ actor: cohort.admin, runId: running.id })).toMatchObject({
      status: 'CANCELLED',
    });
    expect(await db.proposal.count({ where: { runId: running.id } })).toBe(0);
  });

  it('answer a cancel that comes after the finish with "too late", and log it so', async () => {
    const cohort = await createCohort(2);
    const runId = await finishedRun(cohort);
    expect(await cancelRun({ actor: cohort.admin, input: { runId } })).toBe('too-late');
    expect(await findRun({ actor: cohort.admin, runId })).toMatchObject({ status: 'DONE' });
    expect(await db.proposal.count({ where: { runId } })).toBeGreaterThan(0);
    const actions = (await db.auditEntry.findMany({ where: { programId: cohort.programId } })).map(
      (entry) => entry.action,
    );
    expect(actions).toContain('run-cancel-too-late');
    expect(actions).not.toContain('run-cancelled');
  });

  it('make a cancel that arrives during the final write wait, then answer "too late"', async () => {
    const cohort = await createCohort(2);
    const { id: runId } = await startRun({
      actor: cohort.admin,
      input: { programId: cohort.programId },
    });
    await db.matchingRun.update({ where: { id: runId }, data: { status: 'RUNNING' } });
    // Plays the worker's last step on its own connection: it holds the run's row while it
    // writes, and the cancel, sent meanwhile, must wait and then see the run finished.
    let cancel: Promise<string> | undefined;
    await db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "MatchingRun" WHERE id = ${runId} FOR UPDATE`;
      cancel = cancelRun({ actor: cohort.admin, input: { runId } });
      await new Promise((resolve) => setTimeout(resolve, 300));
      await tx.matchingRun.update({ where: { id: runId }, data: { status: 'DONE' } });
    });
    expect(await cancel).toBe('too-late');
    const entry = await db.auditEntry.findFirst({
      where: { programId: cohort.programId, action: { startsWith: 'run-cancel' } },
    });
    expect(entry?.action).toBe('run-cancel-too-late');
  });

  it('belong to their program: another program’s admin can neither see nor act', async () => {
    const cohort = await createCohort(2);
    const runId = await finishedRun(cohort);
    const [proposal] = await listProposals({ actor: cohort.admin, runId });
    const stranger = (await createCohort(1)).admin;
    const outsider = await createActor();
    for (const actor of [stranger, outsider]) {
      expect(await findRun({ actor, runId })).toBeNull();
      expect(await listRuns({ actor, programId: cohort.programId })).toEqual([]);
      expect(await listProposals({ actor, runId })).toEqual([]);
      await expect(startRun({ actor, input: { programId: cohort.programId } })).rejects.toThrow(
        'not found',
      );
      await expect(
        decideProposal({ actor, input: { proposalId: proposal!.id, decision: 'APPROVED' } }),
      ).rejects.toThrow('not found');
      await expect(
        swapProposal({ actor, input: { proposalId: proposal!.id, personId: actor.id } }),
      ).rejects.toThrow('not found');
      await expect(approveAbove({ actor, input: { runId, minimumFit: 0 } })).rejects.toThrow(
        'not found',
      );
      await expect(publishRun({ actor, input: { runId } })).rejects.toThrow('not found');
      await expect(cancelRun({ actor, input: { runId } })).rejects.toThrow('not found');
    }
    expect(await db.proposal.count({ where: { runId, status: 'PROPOSED' } })).toBe(2);
  });
});

describe('review and publish', () => {
  it('refuses to swap in someone whose places the run has already used, and changes nothing', async () => {
    const cohort = await createCohort(3);
    const runId = await finishedRun(cohort);
    const proposals = await listProposals({ actor: cohort.admin, runId });
    const mentorship = proposals.find((p) => p.kind === 'MENTOR')!;
    const full = mentorship.alternatives.find((option) => !option.hasRoom)!;
    await expect(
      swapProposal({
        actor: cohort.admin,
        input: { proposalId: mentorship.id, personId: full.personId },
      }),
    ).rejects.toThrow(/no free place left in this run/);
    expect(await db.proposal.findUniqueOrThrow({ where: { id: mentorship.id } })).toMatchObject({
      supporterId: mentorship.supporter.id,
      status: 'PROPOSED',
      swappedFromId: null,
    });
  });

  it('swaps, publishes invitations both must accept, and starts nothing on one yes', async () => {
    const cohort = await createCohort(3);
    const runId = await finishedRun(cohort);
    const proposals = await listProposals({ actor: cohort.admin, runId });
    const mentorship = proposals.find((p) => p.kind === 'MENTOR')!;
    const coaching = proposals.find((p) => p.kind === 'COACH')!;
    const runnerUp = mentorship.alternatives.find((option) => option.hasRoom)!;
    await swapProposal({
      actor: cohort.admin,
      input: { proposalId: mentorship.id, personId: runnerUp.personId },
    });
    const swapped = await db.proposal.findUniqueOrThrow({ where: { id: mentorship.id } });
    // A swap does not approve the row on the admin's behalf.
    expect(swapped).toMatchObject({
      supporterId: runnerUp.personId,
      status: 'PROPOSED',
      swappedFromId: mentorship.supporter.id,
    });
    for (const proposalId of [mentorship.id, coaching.id])
      await decideProposal({ actor: cohort.admin, input: { proposalId, decision: 'APPROVED' } });

    expect(await publishRun({ actor: cohort.admin, input: { runId } })).toEqual({
      programId: cohort.programId,
      published: 2,
      refused: [],
    });
    // Publishing again sends nothing twice.
    expect(await publishRun({ actor: cohort.admin, input: { runId } })).toEqual({
      programId: cohort.programId,
      published: 0,
      refused: [],
    });
    const invitation = await db.connectionRequest.findFirstOrThrow({
      where: { proposalId: mentorship.id },
    });
    expect(invitation).toMatchObject({
      origin: 'PROGRAM',
      status: 'OPEN',
      programId: cohort.programId,
    });

    const protege = cohort.protege.actor;
    const mentor = cohort.supporters.find((s) => s.id === runnerUp.personId)!;
    expect(await acceptRequest({ actor: protege, input: { requestId: invitation.id } })).toEqual({
      relationshipId: null,
    });
    expect(await findOwnRequest({ actor: protege, requestId: invitation.id })).toMatchObject({
      status: 'OPEN',
      youReceived: true,
      youAccepted: true,
    });
    expect(await db.relationship.count({ where: { requestId: invitation.id } })).toBe(0);
    expect(
      await db.notification.count({
        where: { userId: mentor.id, kind: 'invitation-half-accepted' },
      }),
    ).toBe(1);
    const { relationshipId } = await acceptRequest({
      actor: mentor,
      input: { requestId: invitation.id },
    });
    expect(await db.relationship.findUnique({ where: { id: relationshipId ?? '' } })).toMatchObject(
      { state: 'INTRO', protegeId: protege.id, supporterId: mentor.id, kind: 'MENTOR' },
    );

    // Either side may say no; the other is told.
    const coachInvite = await db.connectionRequest.findFirstOrThrow({
      where: { proposalId: coaching.id },
    });
    const coach = cohort.supporters.find((s) => s.id === coaching.supporter.id)!;
    await declineRequest({ actor: coach, input: { requestId: coachInvite.id } });
    expect(
      await db.notification.count({ where: { userId: protege.id, kind: 'request-declined' } }),
    ).toBe(1);
    const audit = await db.auditEntry.findMany({ where: { programId: cohort.programId } });
    expect(audit.map((entry) => entry.action)).toEqual(
      expect.arrayContaining([
        'run-started',
        'proposal-swapped',
        'proposal-approved',
        'run-published',
      ]),
    );
  });

  it('approves or rejects the ticked proposals, and only those of that run', async () => {
    const cohort = await createCohort(2);
    const runId = await finishedRun(cohort);
    const proposals = await listProposals({ actor: cohort.admin, runId });
    const [first, ...rest] = proposals;
    if (!first) throw new Error('no proposals');
    const stranger = 'not-a-proposal-of-this-run';
    expect(
      await decideTicked({
        actor: cohort.admin,
        input: { runId, proposalIds: [first.id, stranger], decision: 'REJECTED' },
      }),
    ).toBe(1);
    const after = await listProposals({ actor: cohort.admin, runId });
    expect(after.find((p) => p.id === first.id)?.status).toBe('REJECTED');
    expect(after.filter((p) => p.id !== first.id).map((p) => p.status)).toEqual(
      rest.map((p) => p.status),
    );
    // The log names the proposal decided, and can be read for that kind of action alone.
    const log = await listAudit({
      actor: cohort.admin,
      programId: cohort.programId,
      action: 'proposals-rejected-ticked',
    });
    expect(log.map((entry) => entry.action)).toEqual(['proposals-rejected-ticked']);
    expect(log[0]?.about).toEqual([`${first.supporter.name} for ${first.protege.name}`]);
    const outsider = await createActor();
    await expect(
      decideTicked({
        actor: outsider,
        input: { runId, proposalIds: [first.id], decision: 'APPROVED' },
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('rejects everything still to review below a fit, and leaves the approved alone', async () => {
    const cohort = await createCohort(2);
    const runId = await finishedRun(cohort);
    const proposals = await listProposals({ actor: cohort.admin, runId });
    const highest = Math.max(...proposals.map((p) => p.score));
    const top = proposals.find((p) => p.score === highest)!;
    await decideProposal({
      actor: cohort.admin,
      input: { proposalId: top.id, decision: 'APPROVED' },
    });
    const below = proposals.filter((p) => p.id !== top.id && p.score < highest + 1).length;
    expect(
      await rejectBelow({ actor: cohort.admin, input: { runId, fitBelow: highest + 1 } }),
    ).toBe(below);
    const after = await listProposals({ actor: cohort.admin, runId });
    expect(after.find((p) => p.id === top.id)?.status).toBe('APPROVED');
    expect(after.filter((p) => p.status === 'REJECTED')).toHaveLength(below);
    const outsider = await createActor();
    await expect(
      rejectBelow({ actor: outsider, input: { runId, fitBelow: 1000 } }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('approves everything at or above a fit, and nothing published changes after', async () => {
    const cohort = await createCohort(2);
    const runId = await finishedRun(cohort);
    const proposals = await listProposals({ actor: cohort.admin, runId });
    const lowest = Math.min(...proposals.map((p) => p.score));
    const highest = Math.max(...proposals.map((p) => p.score));
    const expected = proposals.filter((p) => p.score >= highest).length;
    expect(await approveAbove({ actor: cohort.admin, input: { runId, minimumFit: highest } })).toBe(
      expected,
    );
    expect(lowest).toBeLessThanOrEqual(highest);
    await publishRun({ actor: cohort.admin, input: { runId } });
    const published = await db.proposal.findFirstOrThrow({
      where: { runId, status: 'PUBLISHED' },
    });
    await expect(
      decideProposal({
        actor: cohort.admin,
        input: { proposalId: published.id, decision: 'REJECTED' },
      }),
    ).rejects.toThrow('published already');
  });
});
