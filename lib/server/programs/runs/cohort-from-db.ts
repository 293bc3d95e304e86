import 'server-only';
/**
 * A program's cohort as the engine reads it: its members in the people-and-goals file format,
 * the goals that still need help, each supporter's current load (relationships under way and
 * requests or invitations still waiting, as publishing counts them), and every pair the database
 * says must never be proposed. Reporting lines are followed through people outside the program
 * too (A reports to B through a manager who is not enrolled), so they arrive as excluded pairs
 * rather than as the file's managerId.
 */
import type { FileGoal, PeopleFile } from '@/lib/core/matching/people-file';
import { db } from '../../db';
import { goalForFile, loadProfiles, toFilePerson } from '../../suggestions/people-from-db';
import type { EngineInput } from '@/lib/core/programs/runs/engine';
import { storedFitWeightsSchema } from '@/lib/core/programs/runs/stored-json';
import { fromJson } from './json-column';

export async function loadProgramCohort(
  programId: string,
  options: { referenceDate: Date; alternatives: number },
): Promise<EngineInput> {
  const program = await db.program.findUniqueOrThrow({
    where: { id: programId },
    select: { weights: true, allowCrossOrganisation: true },
  });
  const members = { user: { programMemberships: { some: { programId } } } };
  const [profiles, goals, load, waiting, excludedPairs] = await Promise.all([
    loadProfiles(members),
    db.goal.findMany({
      where: members,
      // An import stamps all its goals with one time; ids break the tie in file order, so the
      // engine sees the goals in one order every time (ties between optima resolve alike).
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      include: {
        relationships: { where: { state: { in: ['INTRO', 'ACTIVE'] } }, select: { kind: true } },
        requests: { where: { status: 'OPEN', origin: 'PROGRAM' }, select: { kind: true } },
      },
    }),
    db.relationship.groupBy({
      by: ['supporterId'],
      where: { state: { in: ['INTRO', 'ACTIVE'] } },
      _count: { _all: true },
    }),
    // Requests and invitations waiting for an answer hold a place until they are answered.
    db.connectionRequest.groupBy({
      by: ['supporterId'],
      where: { status: 'OPEN' },
      _count: { _all: true },
    }),
    neverProposedWithin(programId),
  ]);
  const taken = new Map<string, number>();
  for (const row of [...load, ...waiting])
    taken.set(row.supporterId, (taken.get(row.supporterId) ?? 0) + row._count._all);
  const people = profiles.map(toFilePerson);
  const enrolled = new Set(people.map((person) => person.id));
  const file: PeopleFile = {
    people,
    goals: goals.flatMap((goal) => {
      if (!enrolled.has(goal.userId)) return [];
      const covered = [...goal.relationships, ...goal.requests].map((entry) => entry.kind);
      const stillNeeded = withoutCovered(goalForFile(goal), covered);
      return stillNeeded ? [stillNeeded] : [];
    }),
  };
  return {
    file,
    weights: fromJson(storedFitWeightsSchema, program.weights, 'Program.weights'),
    load: [...taken],
    excludedPairs,
    allowCrossOrganisation: program.allowCrossOrganisation,
    referenceDate: options.referenceDate,
    alternatives: options.alternatives,
  };
}

/** The goal with the kinds it already has (or is being offered) taken out; null if none left. */
function withoutCovered(goal: FileGoal, covered: string[]): FileGoal | null {
  const mentor = goal.kind !== 'coach' && !covered.includes('MENTOR');
  const coach = goal.kind !== 'mentor' && !covered.includes('COACH');
  if (mentor && coach) return goal;
  if (mentor) return { ...goal, kind: 'mentor' };
  if (coach) return { ...goal, kind: 'coach' };
  return null;
}

/**
 * Pairs of members never to propose: a reporting line at any depth (followed through anyone),
 * a block or "don't suggest again" either way, the program's own "never pair these two", and "not for me" on any of a person's goals
 * (the engine excludes pairs, not goal-and-person, so a dismissal counts for all their goals).
 */
async function neverProposedWithin(programId: string): Promise<[string, string][]> {
  const rows = await db.$queryRaw<{ a: string; b: string }[]>`
    WITH RECURSIVE members AS (
      SELECT "userId" AS id FROM "ProgramMember" WHERE "programId" = ${programId}
    ), line(member, above) AS (
      SELECT p."userId", p."managerId" FROM "Profile" p JOIN members m ON m.id = p."userId"
      WHERE p."managerId" IS NOT NULL
      UNION
      SELECT line.member, p."managerId" FROM line JOIN "Profile" p ON p."userId" = line.above
      WHERE p."managerId" IS NOT NULL
    )
    SELECT member AS a, above AS b FROM line WHERE above IN (SELECT id FROM members)
    UNION SELECT "blockerId", "blockedId" FROM "Block"
      WHERE "blockerId" IN (SELECT id FROM members) AND "blockedId" IN (SELECT id FROM members)
    UNION SELECT "userId", "otherId" FROM "PairExclusion"
      WHERE "userId" IN (SELECT id FROM members) AND "otherId" IN (SELECT id FROM members)
    UNION SELECT "firstId", "secondId" FROM "ProgramNeverPair" WHERE "programId" = ${programId}
    UNION SELECT g."userId", d."personId" FROM "SuggestionDismissal" d
      JOIN "Goal" g ON g."id" = d."goalId"
      WHERE g."userId" IN (SELECT id FROM members)`;
  return rows.map((row) => [row.a, row.b]);
}
