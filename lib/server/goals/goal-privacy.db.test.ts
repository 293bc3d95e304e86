import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createActor } from '@/scripts/support/actors';
import { ownData } from '../accounts/own-data';
import { createTestGoal, createTestProfile } from '@/scripts/support/people';
import { createSupporter, NOTE } from '@/test/db/connections';
import { acceptRequest } from '../connections/accept';
import { endRelationship, findOwnRelationship } from '../connections/relationships';
import {
  declineRequest,
  findOwnRequest,
  listOwnRequests,
  sendOffer,
  sendRequest,
} from '../connections/requests';
import { db } from '../db';
import { goalsToHelp } from '../suggestions/goals-to-help';
import { createGoal, updateGoal } from './goals';

/** A protégé with a mentoring goal, in an organisation of their own unless told otherwise. */
async function protegeIn(organisationName = `Solo ${randomUUID().slice(0, 8)}`) {
  const actor = await createActor();
  await createTestProfile(db, actor.id, {
    organisationName,
    functionName: 'Finance',
    jobTitle: 'Chief Treasury Wizard',
  });
  const goal = await createTestGoal(db, actor.id);
  await db.goal.update({ where: { id: goal.id }, data: { triageKind: 'MENTOR' } });
  return { actor, goal };
}

const listed = async (mentor: Awaited<ReturnType<typeof createSupporter>>, goalId: string) =>
  (await goalsToHelp({ actor: mentor, top: 1_000_000 }))?.find((g) => g.goalId === goalId);

describe('goal privacy', () => {
  it('lets new goals default to mentors and coaches who could help, and an edit keep its choice', async () => {
    const actor = await createActor();
    const goal = await createGoal({
      actor,
      input: { statement: 'I want to move into product management.', needs: [] },
    });
    expect(await db.goal.findUnique({ where: { id: goal.id } })).toMatchObject({
      visibility: 'MATCHING_SUPPORTERS',
    });
    await updateGoal({
      actor,
      input: {
        goalId: goal.id,
        statement: 'I want to move into product.',
        needs: [],
        visibility: 'ONLY_ASKED',
      },
    });
    await updateGoal({
      actor,
      input: { goalId: goal.id, statement: 'I want to move into product soon.', needs: [] },
    });
    expect(await db.goal.findUnique({ where: { id: goal.id } })).toMatchObject({
      visibility: 'ONLY_ASKED',
    });
  });

  it('shows a goal to mentors who could help without name, title or a small organisation', async () => {
    const protege = await protegeIn();
    const mentor = await createSupporter(2, 'MENTORING');
    const entry = await listed(mentor, protege.goal.id);
    expect(entry?.statement).toBe(protege.goal.statement);
    expect(entry?.owner).toEqual({
      level: 'Professional',
      function: 'Finance',
      organisation: null,
    });
    const said = JSON.stringify(entry);
    expect(said).not.toContain(protege.actor.name);
    expect(said).not.toContain('Chief Treasury Wizard');
    expect(said).not.toContain('Solo ');
  });

  it('names the organisation once enough people there share the function', async () => {
    const crowd = `Crowd ${randomUUID().slice(0, 8)}`;
    const protege = await protegeIn(crowd);
    for (let i = 0; i < 4; i++)
      await createTestProfile(db, (await createActor()).id, {
        organisationName: crowd,
        functionName: 'Finance',
      });
    const mentor = await createSupporter(2, 'MENTORING');
    expect((await listed(mentor, protege.goal.id))?.owner.organisation).toBe(crowd);
  });

  it('never lists an "only people I ask" goal, nor takes an offer on it', async () => {
    const protege = await protegeIn();
    await db.goal.update({ where: { id: protege.goal.id }, data: { visibility: 'ONLY_ASKED' } });
    const mentor = await createSupporter(2, 'MENTORING');
    expect(await listed(mentor, protege.goal.id)).toBeUndefined();
    await expect(
      sendOffer({ actor: mentor, input: { goalId: protege.goal.id, kind: 'MENTOR', note: NOTE } }),
    ).rejects.toThrow('not found');
    // Someone the owner asks reads it with the request.
    const request = await sendRequest({
      actor: protege.actor,
      input: { goalId: protege.goal.id, personId: mentor.id, kind: 'MENTOR', note: NOTE },
    });
    const seen = await findOwnRequest({ actor: mentor, requestId: request.id });
    expect(seen?.goal.statement).toBe(protege.goal.statement);
  });

  it('shows an "only people I ask" goal on a program’s invitation once its owner said yes', async () => {
    const protege = await protegeIn();
    await db.goal.update({ where: { id: protege.goal.id }, data: { visibility: 'ONLY_ASKED' } });
    const mentor = await createSupporter(2, 'MENTORING');
    const invitation = await db.connectionRequest.create({
      data: {
        goalId: protege.goal.id,
        kind: 'MENTOR',
        protegeId: protege.actor.id,
        supporterId: mentor.id,
        origin: 'PROGRAM',
        note: NOTE,
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    });
    const read = async () =>
      (await findOwnRequest({ actor: mentor, requestId: invitation.id }))?.goal.statement;
    expect(await read()).toBeNull();
    await db.connectionRequest.update({
      where: { id: invitation.id },
      data: { protegeAcceptedAt: new Date() },
    });
    expect(await read()).toBe(protege.goal.statement);
  });

  it('stops showing the goal to a mentor who declined, while its owner still reads it', async () => {
    const protege = await protegeIn();
    const mentor = await createSupporter(2, 'MENTORING');
    const request = await sendRequest({
      actor: protege.actor,
      input: { goalId: protege.goal.id, personId: mentor.id, kind: 'MENTOR', note: NOTE },
    });
    await declineRequest({ actor: mentor, input: { requestId: request.id } });
    const theirs = await findOwnRequest({ actor: mentor, requestId: request.id });
    expect(theirs?.goal.statement).toBeNull();
    expect(JSON.stringify(await listOwnRequests({ actor: mentor }))).not.toContain(
      protege.goal.statement,
    );
    const own = await findOwnRequest({ actor: protege.actor, requestId: request.id });
    expect(own?.goal.statement).toBe(protege.goal.statement);
  });

  it('stops showing the goal to the mentor once their relationship has ended', async () => {
    const protege = await protegeIn();
    const mentor = await createSupporter(2, 'MENTORING');
    const request = await sendRequest({
      actor: protege.actor,
      input: { goalId: protege.goal.id, personId: mentor.id, kind: 'MENTOR', note: NOTE },
    });
    const { relationshipId } = await acceptRequest({
      actor: mentor,
      input: { requestId: request.id },
    });
    const id = relationshipId ?? '';
    expect((await findOwnRelationship({ actor: mentor, relationshipId: id }))?.goal.statement).toBe(
      protege.goal.statement,
    );
    await endRelationship({
      actor: protege.actor,
      input: { relationshipId: id, dontSuggestAgain: false },
    });
    expect(
      (await findOwnRelationship({ actor: mentor, relationshipId: id }))?.goal.statement,
    ).toBeNull();
    expect(
      (await findOwnRelationship({ actor: protege.actor, relationshipId: id }))?.goal.statement,
    ).toBe(protege.goal.statement);
  });

  it('keeps an offer’s protégé unnamed to the mentor, in the request and when they say no', async () => {
    const protege = await protegeIn();
    const mentor = await createSupporter(2, 'MENTORING');
    const offer = await sendOffer({
      actor: mentor,
      input: { goalId: protege.goal.id, kind: 'MENTOR', note: NOTE },
    });
    const seen = await findOwnRequest({ actor: mentor, requestId: offer.id });
    expect(seen?.other.id).toBeNull();
    expect(JSON.stringify(seen)).not.toContain(protege.actor.name);
    // Nor in the mentor's own data download; the protégé's has their own name.
    expect(JSON.stringify(await ownData({ actor: mentor }))).not.toContain(protege.actor.name);
    expect(JSON.stringify((await ownData({ actor: protege.actor })).requests)).toContain(
      protege.actor.name,
    );
    await declineRequest({ actor: protege.actor, input: { requestId: offer.id } });
    const told = await db.notification.findMany({ where: { userId: mentor.id } });
    expect(told).toHaveLength(1);
    expect(told[0]?.text).not.toContain(protege.actor.name);
    const mail = await db.emailMessage.findMany({ where: { to: mentor.email } });
    expect(JSON.stringify(mail)).not.toContain(protege.actor.name);
  });
});
