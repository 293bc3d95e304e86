import 'server-only';
/** A run's proposals as CSV for the people who run its program; null for anyone else. */
import { proposalsToCsv } from '@/lib/core/programs/runs/proposals-csv';
import type { Actor } from '../../auth/session';
import { listProposals } from './review';
import { findRun } from './runs';

export async function exportProposals({
  actor,
  programId,
  runId,
}: {
  actor: Actor;
  programId: string;
  runId: string;
}): Promise<string | null> {
  const run = await findRun({ actor, runId });
  if (!run || run.programId !== programId) return null;
  return proposalsToCsv(await listProposals({ actor, runId }));
}
