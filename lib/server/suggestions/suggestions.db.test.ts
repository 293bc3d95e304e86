import { describe, expect, it } from 'vitest';
import { acceptRequest } from '../connections/accept';
import { blockPerson, dismissSuggestion, dontSuggestAgain } from '../connections/privacy';
import {
  declineRequest,
  listOwnRequests,
  sendOffer,
  sendRequest,
  withdrawRequest,
} from '../connections/requests';
import { createProtege, createSupporter, NOTE } from '@/test/db/connections';
import { db } from '../db';
import { createActor } from '@/scripts/support/actors';
import { suggestionsForGoal } from './goal-suggestions';
import { goalsToHelp } from './goals-to-help';

async function mentoringGoal() {
  const protege = await createProtege();
  await db.goal.update({ where: { id: protege.goal.id }, data: { triageKind: 'MENTOR' } });
  return protege;
}

// Every eligible supporter, not a top few: the other tests of this file leave supporters who
// fit as well, and could otherwise push a test's own people off a short list.
const EVERYONE = 1_000_000;

describe('suggestions from the database', () => {
  it('propose people who offer the help, and leave out the reporting line and blocks', async () => {
    const protege = await mentoringGoal();
    const [mentor, boss, blocked] = await Promise.all([
      createSupporter(2, 'MENTORING'),
      createSupporter(2, 'MENTORING'),
      createSupporter(2, 'MENTORING'),
    ]);
    await db.profile.update({ where: { userId: protege.actor.id }, data: { managerId: boss.id } });
    await blockPerson({ actor: blocked, input: { personId: protege.actor.id } });
    const { lists } = await suggestionsForGoal({
      actor: protege.actor,
      goalId: protege.goal.id,
      top: EVERYONE,
    });
    const ids = lists.flatMap((list) => list.candidates.map((c) => c.personId));
    expect(ids).toContain(mentor.id);
    expect(ids).not.toContain(boss.id);
    expect(ids).not.toContain(blocked.id);
    expect(ids).not.toContain(protege.actor.id);
  });

  it('honour "not for me" on this goal and "don’t suggest again" from either side', async () => {
    const protege = await mentoringGoal();
    const dismissed = await createSupporter(2, 'MENTORING');
    const unwanted = await createSupporter(2, 'MENTORING');
    const unwilling = await createSupporter(2, 'MENTORING');
    const kept = await createSupporter(2, 'MENTORING');
    await dismissSuggestion({
      actor: protege.actor,
      input: { goalId: protege.goal.id, personId: dismissed.id },
    });
    await dontSuggestAgain({ actor: protege.actor, input: { personId: unwanted.id } });
    await dontSuggestAgain({ actor: unwilling, input: { personId: protege.actor.id } });
    const { lists } = await suggestionsForGoal({
      actor: protege.actor,
      goalId: protege.goal.id,
      top: EVERYONE,
    });
    const ids = lists.flatMap((list) => list.candidates.map((c) => c.personId));
    expect(ids).toContain(kept.id);
    for (const hidden of [dismissed, unwanted, unwilling]) expect(ids).not.toContain(hidden.id);
    // "Not for me" is about one goal: the same person is still suggested for another.
    const other = await db.goal.create({
      data: {
        userId: protege.actor.id,
        statement: 'Another goal.',
        needs: [],
        triageKind: 'MENTOR',
      },
    });
    const again = await suggestionsForGoal({
      actor: protege.actor,
      goalId: other.id,
      top: EVERYONE,
    });
    expect(again.lists.flatMap((l) => l.candidates.map((c) => c.personId))).toContain(dismissed.id);
  });

  it('leave out who said no, and offer to ask again after a withdrawal', async () => {
    const protege = await mentoringGoal();
    const [declines, withdrawnFrom] = [
      await createSupporter(2, 'MENTORING'),
      await createSupporter(2, 'MENTORING'),
    ];
    const ask = (personId: string) =>
      sendRequest({
        actor: protege.actor,
        input: { goalId: protege.goal.id, personId, kind: 'MENTOR', note: NOTE },
      });
    await declineRequest({ actor: declines, input: { requestId: (await ask(declines.id)).id } });
    const second = await ask(withdrawnFrom.id);
    await withdrawRequest({ actor: protege.actor, input: { requestId: second.id } });

    const { lists, asked } = await suggestionsForGoal({
      actor: protege.actor,
      goalId: protege.goal.id,
      top: EVERYONE,
    });
    const ids = lists.flatMap((list) => list.candidates.map((c) => c.personId));
    expect(ids).not.toContain(declines.id);
    expect(ids).toContain(withdrawnFrom.id);
    expect(asked.get(`MENTOR:${withdrawnFrom.id}`)).toMatchObject({ show: true, canAsk: true });
    // And asking again is allowed.
    const again = await ask(withdrawnFrom.id);
    expect(await db.connectionRequest.findUnique({ where: { id: again.id } })).toMatchObject({
      status: 'OPEN',
    });
  });

  it('count open requests from other people as demand, without saying who asked', async () => {
    const [protege, other] = await Promise.all([mentoringGoal(), mentoringGoal()]);
    const mentor = await createSupporter(1, 'MENTORING');
    const inDemand = async () => {
      const { lists } = await suggestionsForGoal({
        actor: protege.actor,
        goalId: protege.goal.id,
        top: EVERYONE,
      });
      const card = lists.flatMap((list) => list.candidates).find((c) => c.personId === mentor.id);
      return card?.reasons.find((reason) => reason.code === 'in-demand');
    };
    expect(await inDemand()).toBeUndefined();
    await sendRequest({
      actor: other.actor,
      input: { goalId: other.goal.id, personId: mentor.id, kind: 'MENTOR', note: NOTE },
    });
    const reason = await inDemand();
    expect(reason?.text).toMatch(/^In demand: 2 goals rank them/);
    expect(reason?.text).not.toContain(other.actor.name);
  });

  it('are refused for someone else’s goal', async () => {
    const protege = await mentoringGoal();
    const stranger = await createActor();
    await expect(suggestionsForGoal({ actor: stranger, goalId: protege.goal.id })).rejects.toThrow(
      'not found',
    );
  });
});

describe('goals a supporter would suit', () => {
  it('show the goal without its owner’s name, and an offer is a request the owner accepts', async () => {
    const protege = await mentoringGoal();
    const mentor = await createSupporter(2, 'MENTORING');
    const found = await goalsToHelp({ actor: mentor, top: 1_000 });
    const entry = found?.find((goal) => goal.goalId === protege.goal.id);
    expect(entry).toMatchObject({ kind: 'MENTOR', statement: protege.goal.statement });
    expect(JSON.stringify(entry)).not.toContain(protege.actor.name);

    const offer = await sendOffer({
      actor: mentor,
      input: { goalId: protege.goal.id, kind: 'MENTOR', note: NOTE },
    });
    await expect(
      sendOffer({ actor: mentor, input: { goalId: protege.goal.id, kind: 'MENTOR', note: NOTE } }),
    ).rejects.toThrow('already an open request');
    // The owner sees it as received, from the mentor.
    const [seen] = await listOwnRequests({ actor: protege.actor });
    expect(seen).toMatchObject({ youReceived: true, other: { id: mentor.id } });
    // The supporter cannot accept their own offer; the goal's owner can.
    await expect(acceptRequest({ actor: mentor, input: { requestId: offer.id } })).rejects.toThrow(
      'not found',
    );
    const { relationshipId } = await acceptRequest({
      actor: protege.actor,
      input: { requestId: offer.id },
    });
    expect(await db.relationship.findUnique({ where: { id: relationshipId ?? '' } })).toMatchObject(
      {
        protegeId: protege.actor.id,
        supporterId: mentor.id,
        state: 'INTRO',
      },
    );
  });

  it('is empty of people who do not offer help', async () => {
    const person = await createActor();
    expect(await goalsToHelp({ actor: person })).toBeNull();
  });
});
