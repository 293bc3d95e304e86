import { describe, expect, it } from 'vitest';
import { acceptRequest } from '../connections/accept';
import { endRelationship } from '../connections/relationships';
import { sendRequest } from '../connections/requests';
import { db } from '../db';
import { programHealth } from '../programs/health/program-health';
import { performRun } from '../programs/runs/run-job';
import { approveAbove } from '../programs/runs/review-bulk';
import { publishRun } from '../programs/runs/review';
import { startRun } from '../programs/runs/runs';
import { createActor } from '@/scripts/support/actors';
import { createProtege, createSupporter, NOTE } from '@/test/db/connections';
import { createCohort } from '@/test/programs/runs';
import { findOwnOutcome, recordOutcome } from './outcomes';

const answer = (relationshipId: string, helped: number, wouldRecommend: 'yes' | 'no') => ({
  relationshipId,
  helped,
  wouldRecommend,
  adminNote: '',
});

describe('closing questions', () => {
  it('are answered once the relationship has ended, by its two people only', async () => {
    const protege = await createProtege();
    const mentor = await createSupporter();
    const request = await sendRequest({
      actor: protege.actor,
      input: { goalId: protege.goal.id, personId: mentor.id, kind: 'MENTOR', note: NOTE },
    });
    const { relationshipId } = await acceptRequest({
      actor: mentor,
      input: { requestId: request.id },
    });
    await expect(
      recordOutcome({ actor: protege.actor, input: answer(relationshipId!, 5, 'yes') }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    await endRelationship({
      actor: protege.actor,
      input: { relationshipId: relationshipId!, dontSuggestAgain: false },
    });

    await recordOutcome({ actor: protege.actor, input: answer(relationshipId!, 2, 'no') });
    // A second answer replaces the first rather than counting twice.
    await recordOutcome({ actor: protege.actor, input: answer(relationshipId!, 4, 'yes') });
    await recordOutcome({ actor: mentor, input: answer(relationshipId!, 3, 'yes') });
    expect(
      await findOwnOutcome({ actor: protege.actor, relationshipId: relationshipId! }),
    ).toMatchObject({ helped: 4, wouldRecommend: true });
    const stranger = await createActor();
    await expect(
      recordOutcome({ actor: stranger, input: answer(relationshipId!, 1, 'no') }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await findOwnOutcome({ actor: stranger, relationshipId: relationshipId! })).toBeNull();
    expect(await db.relationshipOutcome.count({ where: { relationshipId: relationshipId! } })).toBe(
      2,
    );
  });

  it('show on program health beside the fit and reasons of the proposal they began from', async () => {
    const cohort = await createCohort(3);
    const { id: runId } = await startRun({
      actor: cohort.admin,
      input: { programId: cohort.programId },
    });
    await performRun(runId);
    await approveAbove({ actor: cohort.admin, input: { runId, minimumFit: 0 } });
    await publishRun({ actor: cohort.admin, input: { runId } });
    const invitation = await db.connectionRequest.findFirstOrThrow({
      where: { proposal: { runId }, kind: 'MENTOR' },
      include: { proposal: true },
    });
    const mentor = cohort.supporters.find((person) => person.id === invitation.supporterId)!;
    await acceptRequest({ actor: cohort.protege.actor, input: { requestId: invitation.id } });
    const { relationshipId } = await acceptRequest({
      actor: mentor,
      input: { requestId: invitation.id },
    });
    await endRelationship({
      actor: mentor,
      input: { relationshipId: relationshipId!, dontSuggestAgain: false },
    });
    await recordOutcome({
      actor: cohort.protege.actor,
      input: { ...answer(relationshipId!, 5, 'yes'), adminNote: 'Exactly the person I needed.' },
    });

    const health = await programHealth({ actor: cohort.admin, programId: cohort.programId });
    expect(health?.outcomes).toMatchObject({ answered: 1, meanHelped: 5, wouldRecommend: 1 });
    expect(health?.outcomes.rows[0]).toMatchObject({
      relationshipId,
      side: 'protege',
      fit: invitation.proposal!.score,
      adminNote: 'Exactly the person I needed.',
    });
    expect(health?.outcomes.rows[0]!.reasons.length).toBeGreaterThan(0);
  });
});
