import 'server-only';
/**
 * The goals "Goals you would suit" (/help) reads, kept prepared in the server process beside
 * the supporter pool (decision 026, point 6), so a view scores the supporter against the
 * newest visible goals without reading and preparing each goal and its owner again.
 *
 * Scores are the goal page's own: each goal is prepared against the supporter pool's corpus,
 * as its owner's goal page prepares it, so a supporter reads on /help the label the goal's
 * owner reads about them. (Before, /help learned a corpus of its own per view, over the
 * supporter and the owners in the window, and the same pair could read differently.) The one
 * exception is an owner who offers help but hides from suggestions: their own goal page puts
 * them in its corpus, while here they count as a protégé only.
 *
 * What is kept is checked on every view, exactly:
 * - which goals: the newest visible goals are listed on each view (ids and two time stamps,
 *   one indexed query), so a new, hidden or deleted goal shows at once;
 * - each goal and its owner: a goal is read again when its own `updatedAt` or its owner's
 *   profile's differs from what was kept (the protégé's side of a fit reads only the goal and
 *   the profile, never the owner's career steps);
 * - names and the corpus: a goal prepared against another corpus, or with another owner
 *   object from the pool, is prepared again; when the supporter pool was read whole (a new
 *   generation, after an organisation or function was renamed) everything kept is read again.
 */
import type { Prisma } from '@/lib/generated/prisma/client';
import {
  prepareGoal,
  prepareWithPool,
  type PreparedFile,
  type PreparedGoal,
  type PreparedPool,
} from '@/lib/core/matching/fit';
import type { FileGoal, FilePerson } from '@/lib/core/matching/people-file';
import { db } from '../db';
import { goalForFile, loadProfiles, toFilePerson } from './people-from-db';
import type { SupporterPool } from './supporter-pool';

/** How many of the newest visible goals /help weighs: recent goals are the ones still open. */
export const HELP_WINDOW = 2_000;

/** Only the newest of these are kept once the cache grows past this many goals. */
const KEEP_AT_MOST = 2 * HELP_WINDOW;

interface Kept {
  stamp: string;
  goal: FileGoal;
  /** The owner as a protégé (asProtege), for owners not in the supporter pool. */
  owner: FilePerson;
  prepared?: { topics: PreparedPool['topics']; owner: FilePerson; goal: PreparedGoal };
}

interface State {
  generation: number;
  goals: Map<string, Kept>;
}

// On globalThis for the reason the supporter pool is (supporter-pool.ts).
const KEY = Symbol.for('pathfinder.helpPool');
const holder = globalThis as unknown as { [KEY]?: State };

interface WindowRow {
  id: string;
  goalAt: Date;
  ownerAt: Date;
}

/**
 * The newest visible goals of other people, prepared against `pool`, with everyone needed to
 * score them: the pool's people and the goals' owners.
 */
export async function helpFile(
  pool: SupporterPool,
  leftOut: readonly string[],
  now: Date,
): Promise<PreparedFile> {
  const rows = await db.$queryRaw<WindowRow[]>`
    SELECT g.id, g."updatedAt" AS "goalAt", p."updatedAt" AS "ownerAt"
    FROM "Goal" g JOIN "Profile" p ON p."userId" = g."userId"
    WHERE g.visibility = 'MATCHING_SUPPORTERS' AND g."userId" <> ALL(${[...leftOut]}::text[])
    ORDER BY g."createdAt" DESC, g.id DESC
    LIMIT ${HELP_WINDOW}`;
  const state = stateFor(pool.generation);
  const stampOf = (row: WindowRow) => `${row.goalAt.getTime()}:${row.ownerAt.getTime()}`;
  const stale = rows.filter((row) => state.goals.get(row.id)?.stamp !== stampOf(row));
  if (stale.length) await readGoals(state, stale, stampOf);
  const window = rows.flatMap((row) => state.goals.get(row.id) ?? []);
  forgetOld(state, rows);
  return prepared(pool.prepared, window, now);
}

/** Forgets every kept goal (tests that change the database behind its back). */
export function forgetHelpPool(): void {
  holder[KEY] = undefined;
}

function stateFor(generation: number): State {
  const seen = holder[KEY];
  if (seen && seen.generation === generation) return seen;
  const fresh: State = { generation, goals: new Map() };
  holder[KEY] = fresh;
  return fresh;
}

async function readGoals(
  state: State,
  rows: readonly WindowRow[],
  stampOf: (row: WindowRow) => string,
): Promise<void> {
  const goals = await db.goal.findMany({ where: { id: { in: rows.map((row) => row.id) } } });
  const owners = await loadProfiles({
    userId: { in: [...new Set(goals.map((goal) => goal.userId))] },
  } satisfies Prisma.ProfileWhereInput);
  const ownerOf = new Map(owners.map((row) => [row.userId, asProtege(toFilePerson(row))]));
  const byId = new Map(goals.map((goal) => [goal.id, goal]));
  for (const row of rows) {
    const goal = byId.get(row.id);
    const owner = goal && ownerOf.get(goal.userId);
    // Gone between the two reads: the next view lists the goals again.
    if (!goal || !owner) continue;
    state.goals.set(row.id, { stamp: stampOf(row), goal: goalForFile(goal), owner });
  }
}

function forgetOld(state: State, window: readonly WindowRow[]): void {
  if (state.goals.size <= KEEP_AT_MOST) return;
  const listed = new Set(window.map((row) => row.id));
  for (const id of state.goals.keys()) if (!listed.has(id)) state.goals.delete(id);
}

/**
 * What `prepareWithPool` gives for the pool, the owners outside it and the goals, reusing the
 * goals prepared before against the same corpus and owner.
 */
function prepared(pool: PreparedPool, window: readonly Kept[], now: Date): PreparedFile {
  const outside = new Map<string, FilePerson>();
  for (const kept of window)
    if (!pool.people.has(kept.goal.personId)) outside.set(kept.goal.personId, kept.owner);
  const { people } = prepareWithPool(pool, { people: [...outside.values()], goals: [] }, now);
  const goals = window.flatMap((kept) => {
    const owner = people.get(kept.goal.personId)?.person;
    if (!owner) return [];
    const earlier = kept.prepared;
    if (earlier && earlier.topics === pool.topics && earlier.owner === owner) return [earlier.goal];
    const goal = prepareGoal(kept.goal, owner, pool.topics.bagOf);
    kept.prepared = { topics: pool.topics, owner, goal };
    return [goal];
  });
  return { people, goals, referenceYear: pool.referenceYear };
}

/**
 * An owner outside the pool as a protégé only. They are outside it because they offer no help,
 * or offer it but hide from suggestions; a protégé's side of a fit never reads what they offer,
 * and leaving it out keeps them out of the corpus, as the pool requires.
 */
function asProtege(person: FilePerson): FilePerson {
  if (!person.offers.mentoring && !person.offers.coaching) return person;
  return {
    ...person,
    offers: { mentoring: false, coaching: false, capacity: 0, coachingAreas: [] },
  };
}
