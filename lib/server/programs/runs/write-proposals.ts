import 'server-only';
/**
 * A finished run's proposals and figures, written in one transaction: a run is either done
 * with all its proposals or has none, and a run someone asked to cancel is never done. Kinds become the database's MENTOR / COACH, and each
 * runner-up carries its name so the review table needs no second query.
 */
import type { SupportKind } from '@/lib/core/matching/fit';
import type { PeopleFile } from '@/lib/core/matching/people-file';
import { orderedIdMaker } from '@/lib/node/random-id';
import { db } from '../../db';
import { insertRows } from '../import/bulk-sql';
import type { EngineResult } from '@/lib/core/programs/runs/engine';
import { ended } from './ended';
import { EngineStopped } from './engine-in-thread';
import { runFiguresSchema, type RunFigures } from '@/lib/core/programs/runs/figures';
import {
  storedAlternativesSchema,
  storedReasonsSchema,
  storedUnmetSchema,
} from '@/lib/core/programs/runs/stored-json';
import { toJson } from './json-column';

export const helpKind = (kind: SupportKind) => (kind === 'mentor' ? 'MENTOR' : 'COACH');

export async function writeProposals(
  runId: string,
  file: PeopleFile,
  result: EngineResult,
  figures: RunFigures,
): Promise<void> {
  const names = new Map(file.people.map((person) => [person.id, person.name]));
  const ownerOf = new Map(file.goals.map((goal) => [goal.id, goal.personId]));
  const alternativesOf = new Map(
    result.alternatives.map((entry) => [`${entry.goalId}/${entry.kind}`, entry.options]),
  );
  // Written by SQL, not createMany, which costs about half a millisecond of CPU per row: a
  // run of 20,000 people writes over 10,000 proposals. Ids as Prisma's cuid() would make them.
  const newId = orderedIdMaker();
  const rows = result.assignments.map((pair) => ({
    id: newId(),
    runId,
    goalId: pair.goalId,
    kind: helpKind(pair.kind),
    protegeId: ownerOf.get(pair.goalId)!,
    supporterId: pair.personId,
    score: pair.score,
    reasons: toJson(storedReasonsSchema, pair.reasons),
    alternatives: toJson(
      storedAlternativesSchema,
      (alternativesOf.get(`${pair.goalId}/${pair.kind}`) ?? []).map((option) => ({
        ...option,
        name: names.get(option.personId) ?? '',
      })),
    ),
  }));
  await db.$transaction(
    async (tx) => {
      // "Cancel" wins until the proposals are written: checked under the row's lock.
      const finished = await tx.matchingRun.updateMany({
        where: { id: runId, status: 'RUNNING', cancelRequestedAt: null },
        data: {
          ...ended('DONE'),
          progress: 100,
          figures: toJson(runFiguresSchema, figures),
          unmet: toJson(
            storedUnmetSchema,
            result.unmet.map((need) => ({ ...need, kind: helpKind(need.kind) })),
          ),
        },
      });
      if (finished.count === 0) throw new EngineStopped();
      await insertRows(tx, 'Proposal', rows);
    },
    { timeout: 120_000 },
  );
}
