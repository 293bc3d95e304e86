import 'server-only';
/**
 * Who a finished run left out, and why, for the admin who runs the program: each goal and kind
 * that got nobody, with its owner and words. Read through the run's program (`runBy`), so a
 * run of someone else's program lists nobody.
 */
import type { UnmetBecause } from '@/lib/core/matching/cohort/assign';
import { storedUnmetSchema } from '@/lib/core/programs/runs/stored-json';
import type { Actor } from '../../auth/session';
import { db } from '../../db';
import { runBy } from '../run-by';
import { fromJson } from './json-column';

export interface LeftOut {
  goalId: string;
  kind: 'MENTOR' | 'COACH';
  because: UnmetBecause;
  protege: string;
  goal: string;
}

export async function listLeftOut({
  actor,
  runId,
}: {
  actor: Actor;
  runId: string;
}): Promise<LeftOut[]> {
  return (await leftOutPage({ actor, runId, page: 1, size: Number.POSITIVE_INFINITY })).rows;
}

/**
 * One page of who was left out, in the run's own order, with how many there are: a run of
 * 20,000 people leaves thousands of goals unmet, more than one page should carry.
 */
export async function leftOutPage({
  actor,
  runId,
  page,
  size,
}: {
  actor: Actor;
  runId: string;
  page: number;
  size: number;
}): Promise<{ rows: LeftOut[]; total: number; page: number; pages: number }> {
  const nothing = { rows: [], total: 0, page: 1, pages: 1 };
  const run = await db.matchingRun.findFirst({
    where: { id: runId, program: runBy(actor), status: 'DONE' },
    select: { unmet: true, programId: true },
  });
  if (!run || run.unmet === null) return nothing;
  const unmet = fromJson(storedUnmetSchema, run.unmet, 'MatchingRun.unmet');
  // Only goals of the run's own members, whatever the stored list says.
  const ofMembers = { user: { programMemberships: { some: { programId: run.programId } } } };
  const members = await db.goal.findMany({
    where: { id: { in: [...new Set(unmet.map((entry) => entry.goalId))] }, ...ofMembers },
    select: { id: true },
  });
  const kept = new Set(members.map((goal) => goal.id));
  const listed = unmet.filter((entry) => kept.has(entry.goalId));
  const pages = Number.isFinite(size) ? Math.max(1, Math.ceil(listed.length / size)) : 1;
  const shown = Math.min(Math.max(1, page), pages);
  const slice = Number.isFinite(size) ? listed.slice((shown - 1) * size, shown * size) : listed;
  const goals = await db.goal.findMany({
    where: { id: { in: slice.map((entry) => entry.goalId) }, ...ofMembers },
    select: { id: true, statement: true, user: { select: { name: true } } },
  });
  const byId = new Map(goals.map((goal) => [goal.id, goal]));
  const rows = slice.flatMap((entry) => {
    const goal = byId.get(entry.goalId);
    return goal ? [{ ...entry, protege: goal.user.name, goal: goal.statement }] : [];
  });
  return { rows, total: listed.length, page: shown, pages };
}
