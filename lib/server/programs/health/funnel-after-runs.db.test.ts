import { describe, expect, it } from 'vitest';
import { performRun } from '../runs/run-job';
import { approveAbove } from '../runs/review-bulk';
import { publishRun } from '../runs/review';
import { startRun } from '../runs/runs';
import { createCohort } from '@/test/programs/runs';
import { programHealth } from './program-health';

describe('the funnel after two runs and a publish', () => {
  it('counts the latest run’s proposals once and shows the invitations sent', async () => {
    const cohort = await createCohort(3);
    const run = async () => {
      const { id } = await startRun({
        actor: cohort.admin,
        input: { programId: cohort.programId },
      });
      await performRun(id);
      return id;
    };
    await run();
    const latest = await run();
    await approveAbove({ actor: cohort.admin, input: { runId: latest, minimumFit: 0 } });
    const published = await publishRun({ actor: cohort.admin, input: { runId: latest } });

    const health = await programHealth({ actor: cohort.admin, programId: cohort.programId });
    // One goal needing a mentor and a coach: two proposals per run, not four after two runs.
    expect(health?.funnel).toMatchObject({
      proposed: 2,
      asked: 2,
      waiting: 2,
      accepted: 0,
    });
    expect(published).toMatchObject({ published: 2 });
  });
});
