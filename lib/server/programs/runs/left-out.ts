import 'server-only';
/**
 * Who a finished run left out, and why, for the admin who runs the program: each goal and kind
 * that got nobody, with its owner and words. Read through the run's program (`runBy`), so a
 * run of someone else's program lists nobody.
 */
import type { UnmetBecause } from '@/lib/core/matching/cohort/assign';
import { storedUnmetSchema } from '@/lib/core/programs/runs/stored-json';
import type { Actor } from '../../auth/session';
import type { z } from 'zod';
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
  return withWords(await leftOutEntries(actor, runId));
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
  const listed = await leftOutEntries(actor, runId);
  const pages = Math.max(1, Math.ceil(listed.length / size));
  const shown = Math.min(Math.max(1, page), pages);
  const rows = await withWords(listed.slice((shown - 1) * size, shown * size));
  return { rows, total: listed.length, page: shown, pages };
}

type Unmet = z.output<typeof storedUnmetSchema>[number];

/** The run's unmet needs whose goals belong to its program's members, in the run's order. */
async function leftOutEntries(actor: Actor, runId: string): Promise<Unmet[]> {
  const run = await db.matchingRun.findFirst({
    where: { id: runId, program: runBy(actor), status: 'DONE' },
    select: { unmet: true, programId: true },
  });
  if (!run || run.unmet === null) return [];
  const unmet = fromJson(storedUnmetSchema, run.unmet, 'MatchingRun.unmet');
  const members = await db.goal.findMany({
    where: {
      id: { in: [...new Set(unmet.map((entry) => entry.goalId))] },
      // Only goals of the run's own members, whatever the stored list says.
      user: { programMemberships: { some: { programId: run.programId } } },
    },
    select: { id: true },
  });
  const kept = new Set(members.map((goal) => goal.id));
  return unmet.filter((entry) => kept.has(entry.goalId));
}

/** The entries (of members, leftOutEntries says) with their goal's words and owner's name. */
async function withWords(entries: readonly Unmet[]): Promise<LeftOut[]> {
  if (entries.length === 0) return [];
  const goals = await db.goal.findMany({
    where: { id: { in: entries.map((entry) => entry.goalId) } },
    select: { id: true, statement: true, user: { select: { name: true } } },
  });
  const byId = new Map(goals.map((goal) => [goal.id, goal]));
  return entries.flatMap((entry) => {
    const goal = byId.get(entry.goalId);
    return goal ? [{ ...entry, protege: goal.user.name, goal: goal.statement }] : [];
  });
}
