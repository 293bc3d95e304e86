/**
 * Pairing by hand and "never pair these two": a manual pair follows every rule a run does
 * (room with waiting invitations and the run's other proposals counted, blocks, the program's
 * own rules), a left-out goal can be paired, and a ruled-out pair is never proposed, paired
 * or published again until an admin allows it.
 */
import { describe, expect, it } from 'vitest';
import { createProtege, createSupporter } from '@/test/db/connections';
import { createPlatformAdmin } from '@/test/programs/runs';
import { createActor } from '@/scripts/support/actors';
import { db } from '../../db';
import { AppError } from '../../errors';
import { createProgram } from '../programs';
import { performRun } from '../runs/run-job';
import { startRun } from '../runs/runs';
import { listProposals, publishRun } from '../runs/review';
import { findPairCandidates, pairManually, previewManualPair } from './manual-pair';
import { allowPairAgain, listNeverPairs, neverPairProposal } from './never-pair';

async function programOf(members: string[]) {
  const owner = await createPlatformAdmin();
  const admin = await createActor();
  const { id: programId } = await createProgram({
    actor: owner,
    input: { name: `Program ${admin.id}`, description: '', adminEmails: [admin.email] },
  });
  await db.programMember.createMany({ data: members.map((userId) => ({ programId, userId })) });
  return { programId, admin };
}

async function finishedRun(programId: string, admin: Awaited<ReturnType<typeof createActor>>) {
  const { id } = await startRun({ actor: admin, input: { programId } });
  await performRun(id);
  return id;
}

async function mentoringProtege() {
  const protege = await createProtege();
  await db.goal.update({ where: { id: protege.goal.id }, data: { triageKind: 'MENTOR' } });
  return protege;
}

describe('pairing by hand', () => {
  it('shows the fit first, then puts the chosen person in the proposal and approves it', async () => {
    const protege = await mentoringProtege();
    const [proposed, other] = [
      await createSupporter(2, 'MENTORING'),
      await createSupporter(2, 'MENTORING'),
    ];
    const program = await programOf([protege.actor.id, proposed.id, other.id]);
    const runId = await finishedRun(program.programId, program.admin);
    const [proposal] = await listProposals({ actor: program.admin, runId });
    const chosen = proposal!.supporter.id === proposed.id ? other : proposed;
    const need = { runId, goalId: protege.goal.id, kind: 'MENTOR' as const };

    const preview = await previewManualPair({ actor: program.admin, need, personId: chosen.id });
    expect(preview).toMatchObject({ ok: true, name: chosen.name });
    // Looking changes nothing.
    expect((await listProposals({ actor: program.admin, runId }))[0]!.supporter.id).toBe(
      proposal!.supporter.id,
    );

    await pairManually({ actor: program.admin, input: { ...need, personId: chosen.id } });
    const [after] = await listProposals({ actor: program.admin, runId });
    expect(after).toMatchObject({ status: 'APPROVED', supporter: { id: chosen.id } });
    expect(after!.alternatives[0]!.personId).toBe(proposal!.supporter.id);
    const audit = await db.auditEntry.findFirst({
      where: { programId: program.programId, action: 'proposal-paired-manually' },
    });
    expect(audit).not.toBeNull();
  });

  it('pairs a goal the run left out, and refuses someone whose places are all taken', async () => {
    const [first, second] = [await mentoringProtege(), await mentoringProtege()];
    const busy = await createSupporter(1, 'MENTORING');
    const program = await programOf([first.actor.id, second.actor.id, busy.id]);
    const runId = await finishedRun(program.programId, program.admin);
    const proposals = await listProposals({ actor: program.admin, runId });
    expect(proposals).toHaveLength(1);
    const leftOut = proposals[0]!.goal.id === first.goal.id ? second : first;
    const need = { runId, goalId: leftOut.goal.id, kind: 'MENTOR' as const };

    // The one place is held by the run's other proposal.
    const refused = await previewManualPair({ actor: program.admin, need, personId: busy.id });
    expect(refused).toMatchObject({ ok: false, reason: expect.stringMatching(/no free place/) });
    await expect(
      pairManually({ actor: program.admin, input: { ...need, personId: busy.id } }),
    ).rejects.toThrow(/no free place/);

    const fresh = await createSupporter(1, 'MENTORING');
    await db.programMember.create({ data: { programId: program.programId, userId: fresh.id } });
    await pairManually({ actor: program.admin, input: { ...need, personId: fresh.id } });
    const made = await db.proposal.findUniqueOrThrow({
      where: { runId_goalId_kind: { runId, goalId: leftOut.goal.id, kind: 'MENTOR' } },
    });
    expect(made).toMatchObject({ supporterId: fresh.id, status: 'APPROVED' });
    // Only what an admin approved is sent: the hand-made pair, not the run's own proposal.
    expect((await publishRun({ actor: program.admin, input: { runId } })).published).toBe(1);
    expect(
      await db.connectionRequest.count({ where: { supporterId: fresh.id, status: 'OPEN' } }),
    ).toBe(1);
  });

  it('refuses a blocked pair in the same words as the program’s own rule', async () => {
    const protege = await mentoringProtege();
    const [blocker, ruled, proposed] = [
      await createSupporter(2, 'MENTORING'),
      await createSupporter(2, 'MENTORING'),
      await createSupporter(2, 'MENTORING'),
    ];
    await db.block.create({ data: { blockerId: blocker.id, blockedId: protege.actor.id } });
    const program = await programOf([protege.actor.id, blocker.id, ruled.id, proposed.id]);
    await db.programNeverPair.create({
      data: {
        programId: program.programId,
        ...(protege.actor.id < ruled.id
          ? { firstId: protege.actor.id, secondId: ruled.id }
          : { firstId: ruled.id, secondId: protege.actor.id }),
      },
    });
    const runId = await finishedRun(program.programId, program.admin);
    const [proposal] = await listProposals({ actor: program.admin, runId });
    expect(proposal!.supporter.id).toBe(proposed.id);
    const need = { runId, goalId: protege.goal.id, kind: 'MENTOR' as const };
    const [byBlock, byRule] = await Promise.all([
      previewManualPair({ actor: program.admin, need, personId: blocker.id }),
      previewManualPair({ actor: program.admin, need, personId: ruled.id }),
    ]);
    expect(byBlock.ok).toBe(false);
    expect(byBlock.ok === false && byBlock.reason).toBe(byRule.ok === false && byRule.reason);
  });

  it('finds only the program’s own members who offer the help, for its admins only', async () => {
    const protege = await mentoringProtege();
    const mentor = await createSupporter(2, 'MENTORING');
    const coach = await createSupporter(2, 'COACHING');
    const outsider = await createSupporter(2, 'MENTORING');
    const program = await programOf([protege.actor.id, mentor.id, coach.id]);
    const runId = await finishedRun(program.programId, program.admin);
    const need = { runId, goalId: protege.goal.id, kind: 'MENTOR' as const };
    const found = async (name: string) =>
      (await findPairCandidates({ actor: program.admin, need, query: name })).map((p) => p.id);
    expect(await found(mentor.name)).toEqual([mentor.id]);
    expect(await found(coach.name)).toEqual([]);
    expect(await found(outsider.name)).toEqual([]);
    await expect(
      findPairCandidates({ actor: await createActor(), need, query: mentor.name }),
    ).rejects.toThrow(AppError);
    await expect(
      pairManually({
        actor: program.admin,
        input: { ...need, personId: outsider.id },
      }),
    ).rejects.toThrow(/not found/);
  });
});

describe('never pair these two', () => {
  it('rejects the proposal, keeps the pair out of the next run, and can be lifted', async () => {
    const protege = await mentoringProtege();
    const [a, b] = [await createSupporter(2, 'MENTORING'), await createSupporter(2, 'MENTORING')];
    const program = await programOf([protege.actor.id, a.id, b.id]);
    const runId = await finishedRun(program.programId, program.admin);
    const [proposal] = await listProposals({ actor: program.admin, runId });
    const first = proposal!.supporter.id;
    await neverPairProposal({ actor: program.admin, input: { proposalId: proposal!.id } });
    expect((await listProposals({ actor: program.admin, runId }))[0]!.status).toBe('REJECTED');

    const next = await finishedRun(program.programId, program.admin);
    const [again] = await listProposals({ actor: program.admin, runId: next });
    expect(again!.supporter.id).not.toBe(first);
    await expect(
      pairManually({
        actor: program.admin,
        input: { runId: next, goalId: protege.goal.id, kind: 'MENTOR', personId: first },
      }),
    ).rejects.toThrow(/rules do not allow/);

    const [rule] = await listNeverPairs({ actor: program.admin, programId: program.programId });
    expect(
      await listNeverPairs({ actor: await createActor(), programId: program.programId }),
    ).toEqual([]);
    await allowPairAgain({
      actor: program.admin,
      input: { programId: program.programId, firstId: rule!.firstId, secondId: rule!.secondId },
    });
    await pairManually({
      actor: program.admin,
      input: { runId: next, goalId: protege.goal.id, kind: 'MENTOR', personId: first },
    });
  });

  it('stops a publish of an approved pair ruled out after approval', async () => {
    const protege = await mentoringProtege();
    const mentor = await createSupporter(2, 'MENTORING');
    const program = await programOf([protege.actor.id, mentor.id]);
    const runId = await finishedRun(program.programId, program.admin);
    const [proposal] = await listProposals({ actor: program.admin, runId });
    await db.proposal.update({ where: { id: proposal!.id }, data: { status: 'APPROVED' } });
    await db.programNeverPair.create({
      data: {
        programId: program.programId,
        ...(protege.actor.id < mentor.id
          ? { firstId: protege.actor.id, secondId: mentor.id }
          : { firstId: mentor.id, secondId: protege.actor.id }),
      },
    });
    const result = await publishRun({ actor: program.admin, input: { runId } });
    expect(result.published).toBe(0);
    expect(result.refused[0]!.reason).toMatch(/ruled out pairing these two/);
  });
});
