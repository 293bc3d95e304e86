import 'server-only';
/**
 * The program health dashboard's figures, for the program's admins (and platform admins)
 * only: the program is first found with `runBy(actor)` in the where, so anyone else gets null
 * ("not found") and no figure is read. Each figure is one aggregate query in the database
 * (see the files beside this one), so the page stays fast for a cohort of 20,000; whose
 * requests and relationships count is decided in scope.ts.
 */
import type { Actor } from '../../auth/session';
import { db } from '../../db';
import { runBy } from '../run-by';
import { countCrossPairs } from './cross-pairs';
import { countFunnel } from './funnel';
import { findNeedsALook } from './needs-a-look';
import { countByOrganisation, countParticipants } from './participants';
import { rateByWeek } from './ratings';
import { measureTimeToAccept } from './time-to-accept';
import { splitTriage } from './triage-split';
import type { ProgramHealth } from '@/lib/core/programs/health/types';
import { measureUtilisation } from './utilisation';
import { summariseOutcomes } from './outcomes';
import { countOutside } from './outside';

export async function programHealth({
  actor,
  programId,
  now = new Date(),
}: {
  actor: Actor;
  programId: string;
  /** The clock "no check-in for 30 days" is measured against; tests move it. */
  now?: Date;
}): Promise<ProgramHealth | null> {
  const program = await db.program.findFirst({
    where: { id: programId, ...runBy(actor) },
    select: { id: true, name: true },
  });
  if (!program) return null;
  const [
    participants,
    organisations,
    triage,
    funnel,
    timeToAccept,
    crossPairs,
    utilisation,
    ratings,
    needsALook,
    outcomes,
    outside,
  ] = await Promise.all([
    countParticipants(program.id),
    countByOrganisation(program.id),
    splitTriage(program.id),
    countFunnel(program.id),
    measureTimeToAccept(program.id),
    countCrossPairs(program.id),
    measureUtilisation(program.id),
    rateByWeek(program.id),
    findNeedsALook(program.id, now),
    summariseOutcomes(program.id),
    countOutside(program.id, now),
  ]);
  return {
    program,
    asOf: now,
    participants,
    organisations,
    triage,
    funnel,
    timeToAccept,
    crossPairs,
    utilisation,
    ratings,
    needsALook,
    outcomes,
    outside,
  };
}
