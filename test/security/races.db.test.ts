/**
 * Attack (or a busy morning): three accepts at once for one goal's two mentors gave one
 * relationship, rightly, and "Something went wrong" for the others, a deadlock. Every caller
 * of accept, publish and send now gets "done" or a plain reason, however the calls interleave.
 * Each test runs its calls at the same moment (Promise.all; each transaction holds its own
 * connection) over several worlds at once, so the interleavings that deadlocked do happen.
 */
import { describe, expect, it } from 'vitest';
import { acceptRequest } from '@/lib/server/connections/accept';
import { sendRequest } from '@/lib/server/connections/requests';
import { db } from '@/lib/server/db';
import { publishRun } from '@/lib/server/programs/runs/review';
import { programWithAdmin } from '@/scripts/support/cohort';
import { createTestGoal } from '@/scripts/support/people';
import { createProtege, createSupporter, NOTE } from '../db/connections';
import { outcomeOf, type Outcome } from './refusal';

const WORLDS = 4;

/** Worlds are made one after another (their setup is not what is tested), then raced. */
async function make<T>(build: () => Promise<T>): Promise<T[]> {
  const worlds: T[] = [];
  for (let i = 0; i < WORLDS; i += 1) worlds.push(await build());
  return worlds;
}

const ask = (
  protege: { actor: Awaited<ReturnType<typeof createProtege>>['actor']; goalId: string },
  personId: string,
) =>
  sendRequest({
    actor: protege.actor,
    input: { goalId: protege.goalId, personId, kind: 'MENTOR', note: NOTE },
  });

const plain = (outcome: Outcome) => (outcome === 'done' ? 'done' : outcome.message);

describe('calls that race', () => {
  it('accepts: three at once for one goal’s two mentors start one relationship', async () => {
    const worlds = await make(async () => {
      const protege = await createProtege();
      const [first, second] = [await createSupporter(), await createSupporter()];
      const asked = { actor: protege.actor, goalId: protege.goal.id };
      return {
        goalId: protege.goal.id,
        first,
        second,
        toFirst: await ask(asked, first.id),
        toSecond: await ask(asked, second.id),
      };
    });
    const outcomes = await Promise.all(
      worlds.flatMap((w) => [
        outcomeOf(acceptRequest({ actor: w.first, input: { requestId: w.toFirst.id } })),
        outcomeOf(acceptRequest({ actor: w.second, input: { requestId: w.toSecond.id } })),
        outcomeOf(acceptRequest({ actor: w.first, input: { requestId: w.toFirst.id } })),
      ]),
    );
    for (const outcome of outcomes.map(plain))
      expect(outcome).toMatch(/^(done|This request is no longer open \((accepted|withdrawn)\)\.)$/);
    for (const w of worlds)
      expect(await db.relationship.count({ where: { goalId: w.goalId } })).toBe(1);
    expect(outcomes.filter((outcome) => outcome === 'done')).toHaveLength(WORLDS);
  });

  it('sending: two people asking each other at the same moment both get through', async () => {
    const pairs = await make(async () => {
      const [a, b] = [await createSupporter(), await createSupporter()];
      const [goalA, goalB] = [await createTestGoal(db, a.id), await createTestGoal(db, b.id)];
      return { a: { actor: a, goalId: goalA.id }, b: { actor: b, goalId: goalB.id } };
    });
    const outcomes = await Promise.all(
      pairs.flatMap(({ a, b }) => [
        outcomeOf(ask(a, b.actor.id)),
        outcomeOf(ask(b, a.actor.id)),
        outcomeOf(ask(a, b.actor.id)),
      ]),
    );
    // Per pair: each one's request goes through, and a's second ask (whichever came second) is
    // the plain duplicate refusal.
    const perPair = pairs.map((_, i) =>
      outcomes
        .slice(i * 3, i * 3 + 3)
        .map(plain)
        .toSorted(),
    );
    expect(perPair).toEqual(
      pairs.map(() => ['You have already asked this person about this goal.', 'done', 'done']),
    );
  });

  it('publishing while the same two people accept a request between them', async () => {
    const worlds = await make(async () => {
      const { admin, programId } = await programWithAdmin();
      const protege = await createProtege();
      const supporter = await createSupporter(3, 'BOTH');
      await db.programMember.createMany({
        data: [protege.actor, supporter].map((person) => ({ programId, userId: person.id })),
      });
      const proposed = await createTestGoal(db, protege.actor.id, 'I want to run a team.');
      const run = await db.matchingRun.create({
        data: { programId, status: 'DONE', stage: 'finished', progress: 100 },
      });
      await db.proposal.create({
        data: {
          runId: run.id,
          goalId: proposed.id,
          kind: 'MENTOR',
          protegeId: protege.actor.id,
          supporterId: supporter.id,
          score: 500,
          reasons: [],
          alternatives: [],
          status: 'APPROVED',
        },
      });
      const request = await ask({ actor: protege.actor, goalId: protege.goal.id }, supporter.id);
      return { admin, runId: run.id, supporter, requestId: request.id };
    });
    const outcomes = await Promise.all(
      worlds.flatMap((w) => [
        outcomeOf(publishRun({ actor: w.admin, input: { runId: w.runId } })),
        outcomeOf(acceptRequest({ actor: w.supporter, input: { requestId: w.requestId } })),
      ]),
    );
    expect(outcomes).toEqual(worlds.flatMap(() => ['done', 'done']));
    for (const w of worlds) {
      const published = await db.proposal.count({ where: { runId: w.runId, status: 'PUBLISHED' } });
      expect(published).toBe(1);
    }
  });
});
