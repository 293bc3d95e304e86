/**
 * For tests and benchmarks that need a program with people in it: a program with its own admin,
 * a file through the real apply step (so tests exercise what admins do), and e-mails for a
 * file that has none (such as scripts/bench/demo-people-file.ts makes).
 */
import type { PeopleFile } from '@/lib/core/matching/people-file';
import type { Actor } from '@/lib/server/auth/session';
import { db } from '@/lib/server/db';
import { createActor } from './actors';
import { createProgram } from '@/lib/server/programs/programs';
import { applyImport } from '@/lib/server/programs/import/apply';
import type { ImportCounts } from '@/lib/core/programs/import/summary';
import type { CohortFile } from '@/lib/core/programs/import/types';

/** Adds an e-mail to each person that has none, made from their id: unique within a domain. */
export function withEmails(file: PeopleFile, domain = 'cohort.example.test'): CohortFile {
  return {
    people: file.people.map((person) => ({
      ...person,
      email: person.email ?? `${person.id.toLowerCase().replace(/[^a-z0-9._-]/g, '-')}@${domain}`,
    })),
    goals: file.goals,
  };
}

/** Imports the file into the program as the actor; throws with the first problems if refused. */
export async function importPeople({
  actor,
  programId,
  file,
}: {
  actor: Actor;
  programId: string;
  file: PeopleFile;
}): Promise<ImportCounts> {
  const result = await applyImport({
    actor,
    programId,
    text: JSON.stringify(file),
    format: 'json',
  });
  if (!result.ok)
    throw new Error(
      `import refused: ${result.problems
        .slice(0, 5)
        .map((problem) => `${problem.line ?? ''} ${problem.field}: ${problem.reason}`)
        .join('; ')}`,
    );
  return result.counts;
}

/** A new program with a new admin of its own, made by a platform admin. */
export async function programWithAdmin(): Promise<{ admin: Actor; programId: string }> {
  const owner = { ...(await createActor()), isPlatformAdmin: true };
  await db.user.update({ where: { id: owner.id }, data: { isPlatformAdmin: true } });
  const admin = await createActor();
  const { id } = await createProgram({
    actor: owner,
    input: { name: `Cohort ${admin.id}`, description: '', adminEmails: [admin.email] },
  });
  return { admin, programId: id };
}
