import 'server-only';
/**
 * The people who offer help and let themselves be suggested, read and prepared once per server
 * process (decision 026): their file rows as others see them, their stems, careers and the
 * BM25 corpus learned over them. A goal page then prepares only its viewer and goal against
 * it, instead of reading and stemming thousands of supporters on every view.
 *
 * Kept current from the database, not by time: triggers write each changed person's id to
 * SuggestionPoolChange (migration suggestion_pool_changes). Each use reads the newest id, one
 * indexed query; a process that is behind reads the ids since its last look, reloads only
 * those people and prepares the pool again from the previous one, which restems only the
 * changed and relearns the corpus only when a document or the membership changed. A null id
 * (an organisation or function renamed), a reset table, or changes trimmed before this process
 * read them rebuild everything. The reference year and each zone's UTC offset are checked on
 * every use, so a new year or a clock change re-prepares with nothing read again.
 *
 * Ids are given out when a change is written but become visible when its transaction commits,
 * so a later id can be seen before an earlier one: ids skipped over are remembered for a while
 * and looked for on each use ("late"), so a change committed late is still applied.
 */
import { preparePool, zoneOffsets, type PreparedPool } from '@/lib/core/matching/fit';
import type { FilePerson } from '@/lib/core/matching/people-file';
import { db } from '../db';
import { loadProfiles, toShownPerson } from './people-from-db';

/** What a suggestion card says about a supporter. */
export interface SupporterCard {
  name: string;
  title: string;
  organisation: string;
  function: string;
}

export interface SupporterPool {
  prepared: PreparedPool;
  cards: ReadonlyMap<string, SupporterCard>;
  /**
   * Counts the times this process read the pool whole. Within one generation, a person's row
   * changes only with their own profile, goal or step edits; a new generation may follow edits
   * that touch many people at once (an organisation renamed), so what was kept about people
   * outside the pool is read again (help-pool.ts).
   */
  generation: number;
}

interface Supporter {
  person: FilePerson;
  card: SupporterCard;
}

interface State {
  supporters: Map<string, Supporter>;
  prepared: PreparedPool;
  cards: Map<string, SupporterCard>;
  /** The highest change id applied. */
  lastChange: bigint;
  /** Ids below lastChange not seen yet (a transaction still open, or one rolled back). */
  gaps: Map<bigint, number>;
  generation: number;
}

// How long an id skipped over is looked for: longer than any transaction that edits people.
const GAP_PATIENCE_MS = 10 * 60_000;
// How far below the newest id a fresh pool looks for ids not yet committed.
const GAP_WINDOW = 10_000n;

/** Who may be suggested to others: they offer help and have not asked to be left out. */
export const SHOWN_SUPPORTERS = { offers: { not: 'NONE' }, hideFromSuggestions: false } as const;

// One pool per process, on globalThis: Next bundles instrumentation.ts (whose register() warms
// the pool, warm-pool.ts) apart from the pages, so module-level state would be two copies.
const KEY = Symbol.for('pathfinder.supporterPool');
const holder = globalThis as unknown as {
  [KEY]?: { state: State | null; updating: Promise<unknown>; rebuilds: number };
};
const kept = (holder[KEY] ??= { state: null, updating: Promise.resolve(), rebuilds: 0 });

/** The prepared pool as the database stands now, with zone offsets and year as of `now`. */
export async function supporterPool(now: Date = new Date()): Promise<SupporterPool> {
  const seen = kept.state;
  const mark = await readMark(seen);
  const current = seen && upToDate(seen, mark) ? seen : await serially(() => catchUp(now));
  const ready = forNow(current, now);
  if (ready !== current && kept.state === current) kept.state = ready;
  return { prepared: ready.prepared, cards: ready.cards, generation: ready.generation };
}

/** Forgets the pool (tests that change the database behind the triggers' back). */
export function forgetSupporterPool(): void {
  kept.state = null;
}

interface Mark {
  newest: bigint | null;
  oldest: bigint | null;
  late: number;
}

async function readMark(seen: State | null): Promise<Mark> {
  const gaps = seen ? [...seen.gaps.keys()] : [];
  const [row] = await db.$queryRaw<
    { newest: bigint | null; oldest: bigint | null; late: bigint }[]
  >`
    SELECT (SELECT max(id) FROM "SuggestionPoolChange") AS newest,
           (SELECT min(id) FROM "SuggestionPoolChange") AS oldest,
           (SELECT count(*) FROM "SuggestionPoolChange" WHERE id = ANY(${gaps}::bigint[])) AS late`;
  return { newest: row?.newest ?? null, oldest: row?.oldest ?? null, late: Number(row?.late ?? 0) };
}

const upToDate = (seen: State, mark: Mark) =>
  (mark.newest ?? 0n) === seen.lastChange && mark.late === 0;

function serially<T>(work: () => Promise<T>): Promise<T> {
  const next = kept.updating.then(work, work);
  kept.updating = next.catch(() => undefined);
  return next;
}

async function catchUp(now: Date): Promise<State> {
  const seen = kept.state;
  const mark = await readMark(seen);
  if (seen && upToDate(seen, mark)) return seen;
  const newest = mark.newest ?? 0n;
  // Behind by more than the kept changes (the worker trimmed some this process never read),
  // or the table was emptied: nothing tells what changed, so everything is read again.
  const lost = !seen || newest < seen.lastChange || (mark.oldest ?? 0n) > seen.lastChange + 1n;
  kept.state = lost ? await rebuild(now) : await applyChanges(seen, now);
  return kept.state;
}

async function rebuild(now: Date): Promise<State> {
  // The changes are read first: whatever commits while the profiles are read is applied on the
  // next use, and applying a change twice does no harm.
  const mark = await readMark(null);
  // Ids below the oldest kept change are a day old: only the newest ones can be uncommitted.
  const after = maxOf((mark.newest ?? 0n) - GAP_WINDOW, (mark.oldest ?? 1n) - 1n);
  const recent = await db.suggestionPoolChange.findMany({
    where: { id: { gt: after } },
    select: { id: true },
    orderBy: { id: 'asc' },
  });
  const lastChange = recent.at(-1)?.id ?? 0n;
  const rows = await loadProfiles(SHOWN_SUPPORTERS);
  const supporters = new Map(rows.map((row) => [row.userId, supporterOf(row)]));
  return prepared(
    supporters,
    now,
    undefined,
    lastChange,
    gapsIn(recent, after, lastChange, new Map(), now),
    // Counted apart from the state, which forgetSupporterPool empties.
    ++kept.rebuilds,
  );
}

async function applyChanges(seen: State, now: Date): Promise<State> {
  const changes = await db.suggestionPoolChange.findMany({
    where: { OR: [{ id: { gt: seen.lastChange } }, { id: { in: [...seen.gaps.keys()] } }] },
    select: { id: true, userId: true },
    orderBy: { id: 'asc' },
  });
  if (changes.some((change) => change.userId === null)) return rebuild(now);
  const lastChange = changes.reduce((high, change) => maxOf(high, change.id), seen.lastChange);
  const stillMissing = new Map(seen.gaps);
  for (const change of changes) stillMissing.delete(change.id);
  const gaps = gapsIn(
    changes.filter((change) => change.id > seen.lastChange),
    seen.lastChange,
    lastChange,
    stillMissing,
    now,
  );
  const changed = [...new Set(changes.map((change) => change.userId as string))];
  const rows = await loadProfiles({ ...SHOWN_SUPPORTERS, userId: { in: changed } });
  const supporters = new Map(seen.supporters);
  for (const id of changed) supporters.delete(id);
  for (const row of rows) supporters.set(row.userId, supporterOf(row));
  return prepared(supporters, now, seen.prepared, lastChange, gaps, seen.generation);
}

/** The ids between `after` and `upTo` not among `found`, added to the gaps still looked for. */
function gapsIn(
  found: readonly { id: bigint }[],
  after: bigint,
  upTo: bigint,
  gaps: Map<bigint, number>,
  now: Date,
): Map<bigint, number> {
  const present = new Set(found.map((change) => change.id));
  const kept = new Map([...gaps].filter(([, since]) => now.getTime() - since < GAP_PATIENCE_MS));
  for (let id = maxOf(after, 0n) + 1n; id <= upTo; id++)
    if (!present.has(id) && !kept.has(id)) kept.set(id, now.getTime());
  return kept;
}

const maxOf = (a: bigint, b: bigint) => (a > b ? a : b);

type ProfileRow = Awaited<ReturnType<typeof loadProfiles>>[number];

export function cardOf(row: ProfileRow): SupporterCard {
  return {
    name: row.user.name,
    title: row.jobTitle,
    organisation: row.organisation.name,
    function: row.function.name,
  };
}

const supporterOf = (row: ProfileRow): Supporter => ({
  person: toShownPerson(row),
  card: cardOf(row),
});

function prepared(
  supporters: Map<string, Supporter>,
  now: Date,
  previous: PreparedPool | undefined,
  lastChange: bigint,
  gaps: Map<bigint, number>,
  generation: number,
): State {
  // In id order, as a file read from the database is (the order changes no score).
  const ordered = [...supporters.values()].sort((a, b) =>
    a.person.id < b.person.id ? -1 : a.person.id > b.person.id ? 1 : 0,
  );
  return {
    supporters,
    prepared: preparePool(
      ordered.map((supporter) => supporter.person),
      now,
      previous,
    ),
    cards: new Map(ordered.map((supporter) => [supporter.person.id, supporter.card])),
    lastChange,
    gaps,
    generation,
  };
}

/** The state with its year and zone offsets those of `now`, re-prepared (nothing read) if not. */
function forNow(current: State, now: Date): State {
  const pool = current.prepared;
  const offsets = zoneOffsets(pool.offsets.keys(), now);
  const same =
    pool.referenceYear === now.getUTCFullYear() &&
    [...offsets].every(([zone, offset]) => pool.offsets.get(zone) === offset);
  if (same) return current;
  return prepared(
    current.supporters,
    now,
    pool,
    current.lastChange,
    current.gaps,
    current.generation,
  );
}
