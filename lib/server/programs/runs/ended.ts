import 'server-only';
/**
 * What every end of a run writes: its status, when, and the program freed for its next run
 * (`activeProgramId` back to null, see the schema). One place, so no way of ending forgets it.
 */
export const ended = (status: 'DONE' | 'CANCELLED' | 'FAILED', at: Date = new Date()) => ({
  status,
  stage: 'finished',
  finishedAt: at,
  activeProgramId: null,
});
