import 'server-only';
/**
 * Writes a checked plan inside the caller's transaction, in bulk: accounts (no password: people
 * sign in later), profiles, career steps (replaced), goals (created or updated, triaged),
 * program membership with the file's id, and the program's organisations.
 */
import type { GoalTriage } from '@/lib/core/goals/goal-triage';
import type { FileGoal } from '@/lib/core/matching/people-file';
import type { Db } from '../../db';
import { insertRows, updateRows } from './bulk-sql';
import { goalColumns } from '@/lib/core/programs/import/goal-columns';
import { idMaker } from './ids';
import { profileRow, stepRows, type Lookups } from '@/lib/core/programs/import/person-rows';
import type { ImportPlan } from '@/lib/core/programs/import/plan-types';

type Tx = Pick<Db, '$executeRawUnsafe' | 'organisation' | 'function' | 'experience'>;

export interface WriteInput {
  plan: ImportPlan;
  programId: string;
  triage: Map<FileGoal, GoalTriage>;
  now: Date;
}

/** Everything written was planned; a miss here is a bug, not a bad file. */
function lookup<K, T>(map: Map<K, T>, key: K, what: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`${what} was not planned: ${String(key)}`);
  return value;
}

/** Ids of all the names, making the missing ones (another import may make one at once). */
async function ensureNamed(
  tx: Tx,
  table: 'Organisation' | 'Function',
  names: Map<string, string | null>,
  newId: () => string,
): Promise<Map<string, string>> {
  const missing = [...names].filter(([, id]) => id === null).map(([name]) => name);
  const rows = missing.map((name) => ({ id: newId(), name }));
  await insertRows(tx, table, rows, { onConflict: 'skip' });
  const query = { where: { name: { in: missing } }, select: { id: true, name: true } };
  const found = !missing.length
    ? []
    : table === 'Organisation'
      ? await tx.organisation.findMany(query)
      : await tx.function.findMany(query);
  const ids = new Map(found.map((row) => [row.name, row.id]));
  for (const [name, id] of names) if (id) ids.set(name, id);
  return ids;
}

async function writePeople(tx: Tx, plan: ImportPlan, at: Lookups) {
  const matched = plan.people.filter((person) => person.userId !== null);
  const created = plan.people.filter((person) => person.userId === null);
  await insertRows(
    tx,
    'User',
    created.map(({ person }) => ({
      id: at.userOf(person.id),
      name: person.name,
      email: person.email,
    })),
    { stamped: ['updatedAt'] },
  );
  await updateRows(
    tx,
    'User',
    'id',
    matched.map(({ person }) => ({ id: at.userOf(person.id), name: person.name })),
    ['updatedAt'],
  );
  const profiles = plan.people.map(({ person, userId }) =>
    profileRow(person, userId ? plan.profiles.get(userId) : undefined, at),
  );
  await insertRows(tx, 'Profile', profiles, {
    stamped: ['updatedAt'],
    onConflict: { updateOn: ['userId'] },
  });
  const userIds = plan.people.map(({ person }) => at.userOf(person.id));
  await tx.experience.deleteMany({ where: { userId: { in: userIds } } });
  await insertRows(
    tx,
    'Experience',
    plan.people.flatMap(({ person }) => stepRows(person, at)),
  );
  return profiles;
}

async function writeGoals(tx: Tx, { plan, triage, now }: WriteInput, at: Lookups) {
  const columns = (goal: FileGoal, existing: ImportPlan['goals'][number]['existing']) =>
    goalColumns(goal, lookup(triage, goal, 'the triage of a goal'), existing, now);
  const created = plan.goals.filter((goal) => goal.existing === null);
  await insertRows(
    tx,
    'Goal',
    created.map(({ goal, owner }) => ({
      id: at.newId(),
      userId: at.userOf(owner.person.id),
      ...columns(goal, null),
    })),
    { stamped: ['updatedAt'] },
  );
  await updateRows(
    tx,
    'Goal',
    'id',
    plan.goals.flatMap(({ goal, existing }) =>
      existing ? [{ id: existing.id, ...columns(goal, existing) }] : [],
    ),
    ['updatedAt'],
  );
}

export async function writePlan(tx: Tx, input: WriteInput): Promise<void> {
  const { plan, programId, now } = input;
  const newId = idMaker();
  const organisations = await ensureNamed(tx, 'Organisation', plan.organisations, newId);
  const functions = await ensureNamed(tx, 'Function', plan.functions, newId);
  const users = new Map(plan.people.map(({ person, userId }) => [person.id, userId ?? newId()]));
  const at: Lookups = {
    userOf: (fileId) => lookup(users, fileId, 'person'),
    organisationOf: (name) => lookup(organisations, name, 'organisation'),
    functionOf: (name) => (name ? lookup(functions, name, 'function') : null),
    newId,
    thisYear: now.getUTCFullYear(),
  };
  const profiles = await writePeople(tx, plan, at);
  await writeGoals(tx, input, at);
  await insertRows(
    tx,
    'ProgramMember',
    plan.people.map(({ person }) => ({
      programId,
      userId: at.userOf(person.id),
      externalId: person.id,
    })),
    { onConflict: { updateOn: ['programId', 'userId'] } },
  );
  const organisationIds = new Set(profiles.map((profile) => profile.organisationId));
  await insertRows(
    tx,
    'ProgramOrganisation',
    [...organisationIds].map((organisationId) => ({ programId, organisationId })),
    { onConflict: 'skip' },
  );
}
