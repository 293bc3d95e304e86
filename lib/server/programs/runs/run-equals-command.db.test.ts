/**
 * A matching run over the database gives the same proposals as the engine's `assign` command
 * given the same people as a file: 2,000 demo people are imported through the admin's import,
 * run as a job would run them (with the engine in its thread), and compared pair by pair with
 * `match assign` on the file they came from. Everything between the two is under test: the
 * import, reading the cohort back (reporting lines, load, triage), and writing the proposals.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_REFERENCE_DATE } from '@/scripts/match/suggest';
import { runAssign } from '@/scripts/match/assign';
import { demoPeopleFile } from '@/scripts/bench/demo-people-file';
import { db } from '../../db';
import { importPeople, programWithAdmin, withEmails } from '@/scripts/support/cohort';
import { performRun } from './run-job';
import { findRun, startRun } from './runs';

const PEOPLE = 2000;
const SUPPORTERS = 500;

interface Pair {
  goalId: string;
  kind: string;
  personId: string;
  score: number;
}
const key = (pair: Pair) => `${pair.goalId}/${pair.kind}`;

describe('a matching run of 2,000 people', () => {
  it('proposes exactly what `match assign` gives for the same people', async () => {
    const file = withEmails(demoPeopleFile(PEOPLE, SUPPORTERS));
    const { admin, programId } = await programWithAdmin();
    await importPeople({ actor: admin, programId, file });

    const run = await startRun({ actor: admin, input: { programId } });
    await performRun(run.id, { referenceDate: DEFAULT_REFERENCE_DATE });
    expect(await findRun({ actor: admin, runId: run.id })).toMatchObject({ status: 'DONE' });

    // The database's ids back to the file's: people by their import key, goals by owner and words.
    const members = await db.programMember.findMany({
      where: { programId },
      select: { userId: true, externalId: true },
    });
    const personOf = new Map(members.map((member) => [member.userId, member.externalId!]));
    const goalOf = new Map(file.goals.map((goal) => [`${goal.personId}|${goal.text}`, goal.id]));
    const proposals = await db.proposal.findMany({
      where: { runId: run.id },
      select: {
        kind: true,
        score: true,
        supporterId: true,
        goal: { select: { userId: true, statement: true } },
      },
    });
    const fromRun: Pair[] = proposals.map((proposal) => ({
      goalId: goalOf.get(`${personOf.get(proposal.goal.userId)}|${proposal.goal.statement}`)!,
      kind: proposal.kind === 'MENTOR' ? 'mentor' : 'coach',
      personId: personOf.get(proposal.supporterId)!,
      score: proposal.score,
    }));

    const answer = await runAssign(JSON.stringify(file));
    if (!('output' in answer)) throw new Error(answer.error);
    const fromCommand = (answer.output as { assignments: Pair[] }).assignments.map(
      ({ goalId, kind, personId, score }) => ({ goalId, kind, personId, score }),
    );

    expect(fromCommand.length).toBeGreaterThan(500);
    const byNeed = (pairs: Pair[]) => new Map(pairs.map((pair) => [key(pair), pair]));
    expect(byNeed(fromRun)).toEqual(byNeed(fromCommand));
    // Two thousand imports and two whole solves: about 15 s alone, double on a shared machine.
  }, 120_000);
});
