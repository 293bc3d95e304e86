import 'server-only';
/**
 * What an import would do, worked out from the file and the database without writing: which
 * people and goals are new and which update what is there, which organisations and functions
 * are new, and the problems only the database shows. The preview shows a plan; the apply step
 * makes a fresh one inside its transaction and writes it.
 *
 * People are matched by their id in the file (the program member's externalId), else by
 * e-mail among the program's members; an account outside the program is a bad row. Goals have no key of their own in the database, so a goal is matched to one of the
 * person's goals with the same id (as exports write it) or else the same words.
 */
import type { Db } from '../../db';
import { problemAt } from '@/lib/core/programs/import/problems';
import type { ImportPlan, PlannedGoal, PlannedPerson } from '@/lib/core/programs/import/plan-types';
import type { ImportProblem, ReadFile } from '@/lib/core/programs/import/types';

type Reader = Pick<Db, 'programMember' | 'user' | 'goal' | 'organisation' | 'function' | 'profile'>;

async function matchPeople(client: Reader, programId: string, read: ReadFile) {
  const [members, users] = await Promise.all([
    client.programMember.findMany({
      where: { programId, externalId: { in: read.people.map(({ person }) => person.id) } },
      select: { userId: true, externalId: true, user: { select: { email: true } } },
    }),
    client.user.findMany({
      where: { email: { in: read.people.map(({ person }) => person.email) } },
      select: { id: true, email: true, programMemberships: { where: { programId } } },
    }),
  ]);
  const memberById = new Map(members.map((member) => [member.externalId, member]));
  const userByEmail = new Map(users.map((user) => [user.email, user]));
  const problems: ImportProblem[] = [];
  const people: PlannedPerson[] = [];
  for (const record of read.people) {
    const { id, email } = record.person;
    const member = memberById.get(id);
    if (member && member.user.email !== email) {
      problems.push(
        problemAt(
          record.place,
          'email',
          `id "${id}" is ${member.user.email} in this program, and an import never changes anyone's e-mail`,
        ),
      );
      continue;
    }
    const account = userByEmail.get(email);
    // Someone's own account is theirs to describe: a program admin may create accounts and
    // update the program's own members, never rewrite a stranger's profile by knowing the e-mail.
    if (!member && account && account.programMemberships.length === 0) {
      problems.push(
        problemAt(
          record.place,
          'email',
          `${email} already has an account outside this program; they join it themselves, so that nobody else rewrites their profile`,
        ),
      );
      continue;
    }
    people.push({ ...record, userId: member?.userId ?? account?.id ?? null });
  }
  return { people, problems };
}

async function matchGoals(client: Reader, read: ReadFile, people: PlannedPerson[]) {
  const ownerById = new Map(people.map((person) => [person.person.id, person]));
  const userIds = people.flatMap((person) => (person.userId ? [person.userId] : []));
  const stored = userIds.length
    ? await client.goal.findMany({
        where: { userId: { in: userIds } },
        select: { id: true, userId: true, statement: true, chosenKind: true, chosenAt: true },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      })
    : [];
  const storedOf = new Map<string, typeof stored>();
  for (const goal of stored) {
    const theirs = storedOf.get(goal.userId);
    if (theirs) theirs.push(goal);
    else storedOf.set(goal.userId, [goal]);
  }
  const taken = new Set<string>();
  const goals: PlannedGoal[] = [];
  for (const record of read.goals) {
    const owner = ownerById.get(record.goal.personId);
    if (!owner) continue; // the person's own row is reported already
    const theirs = (owner.userId ? (storedOf.get(owner.userId) ?? []) : []).filter(
      (goal) => !taken.has(goal.id),
    );
    const found =
      theirs.find((goal) => goal.id === record.goal.id) ??
      theirs.find((goal) => goal.statement.trim() === record.goal.text);
    if (found) taken.add(found.id);
    goals.push({ ...record, owner, existing: found ?? null });
  }
  return goals;
}

type Row = { id: string; name: string };
const byName = {
  where: (names: string[]) => ({ name: { in: names } }),
  select: { id: true, name: true },
};

/** Each name with its id, or null when no row has that name yet. */
async function named(
  names: Iterable<string>,
  find: (names: string[]) => Promise<Row[]>,
): Promise<Map<string, string | null>> {
  const wanted = [...new Set(names)];
  const ids = new Map((await find(wanted)).map((row) => [row.name, row.id]));
  return new Map(wanted.map((name) => [name, ids.get(name) ?? null]));
}

export async function planImport(
  client: Reader,
  programId: string,
  read: ReadFile,
): Promise<ImportPlan> {
  const { people, problems } = await matchPeople(client, programId, read);
  const goals = await matchGoals(client, read, people);
  const organisations = await named(
    people.map(({ person }) => person.organization),
    (names) => client.organisation.findMany({ where: byName.where(names), select: byName.select }),
  );
  const functions = await named(
    people.flatMap(({ person }) => [
      person.function,
      ...person.experiences.map((step) => step.function).filter(Boolean),
    ]),
    (names) => client.function.findMany({ where: byName.where(names), select: byName.select }),
  );
  const matched = people.flatMap((person) => (person.userId ? [person.userId] : []));
  const stored = matched.length
    ? await client.profile.findMany({
        where: { userId: { in: matched } },
        select: { userId: true, country: true, yearsExperience: true },
      })
    : [];
  const profiles = new Map(stored.map(({ userId, ...facts }) => [userId, facts]));
  return { people, goals, organisations, functions, profiles, problems };
}
