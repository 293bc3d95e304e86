import { describe, expect, it } from 'vitest';
import { db } from '../db';
import { createTestProfile } from '@/scripts/support/people';
import { acceptRequest } from './accept';
import {
  declineRequest,
  findOwnRequest,
  listOwnRequests,
  sendRequest,
  withdrawRequest,
} from './requests';
import { answerDetail, askForDetail } from './request-detail';
import { createProtege, createSupporter, NOTE } from '@/test/db/connections';
import { createActor } from '@/scripts/support/actors';

const ask = (protege: Awaited<ReturnType<typeof createProtege>>, personId: string) =>
  sendRequest({
    actor: protege.actor,
    input: { goalId: protege.goal.id, personId, kind: 'MENTOR', note: NOTE },
  });

const notificationsOf = (userId: string) =>
  db.notification.findMany({ where: { userId }, orderBy: { createdAt: 'asc' } });

describe('requests', () => {
  it('reach the receiver, who accepts: a relationship starts in intro and the sender is told', async () => {
    const protege = await createProtege();
    const mentor = await createSupporter();
    const { id } = await ask(protege, mentor.id);

    const [received] = await notificationsOf(mentor.id);
    expect(received).toMatchObject({ kind: 'request-received', href: `/requests/${id}` });
    expect((await findOwnRequest({ actor: mentor, requestId: id }))?.youReceived).toBe(true);

    const { relationshipId } = await acceptRequest({ actor: mentor, input: { requestId: id } });
    const relationship = await db.relationship.findUniqueOrThrow({
      where: { id: relationshipId ?? '' },
      include: { events: true },
    });
    expect(relationship).toMatchObject({ state: 'INTRO', protegeId: protege.actor.id });
    expect(relationship.events).toEqual([
      expect.objectContaining({ state: 'INTRO', actorId: mentor.id }),
    ]);
    expect((await notificationsOf(protege.actor.id)).map((n) => n.kind)).toEqual([
      'request-accepted',
    ]);
  });

  it('are declined kindly, without a reason, and cannot be answered twice', async () => {
    const protege = await createProtege();
    const mentor = await createSupporter();
    const { id } = await ask(protege, mentor.id);
    await declineRequest({ actor: mentor, input: { requestId: id } });
    const [told] = await notificationsOf(protege.actor.id);
    expect(told?.kind).toBe('request-declined');
    expect(told?.text).toContain("can't take this on right now");
    await expect(acceptRequest({ actor: mentor, input: { requestId: id } })).rejects.toThrow(
      'no longer open',
    );
  });

  it('can be withdrawn by the sender while open, and only by the sender', async () => {
    const protege = await createProtege();
    const mentor = await createSupporter();
    const { id } = await ask(protege, mentor.id);
    await expect(withdrawRequest({ actor: mentor, input: { requestId: id } })).rejects.toThrow(
      'not found',
    );
    await withdrawRequest({ actor: protege.actor, input: { requestId: id } });
    expect((await db.connectionRequest.findUniqueOrThrow({ where: { id } })).status).toBe(
      'WITHDRAWN',
    );
  });

  it('let the receiver ask for more detail once, and the sender answer once', async () => {
    const protege = await createProtege();
    const mentor = await createSupporter();
    const { id } = await ask(protege, mentor.id);
    const question = { requestId: id, question: 'What would you like to work on first?' };
    await askForDetail({ actor: mentor, input: question });
    await expect(askForDetail({ actor: mentor, input: question })).rejects.toThrow('already');
    // The sender cannot ask, the receiver cannot answer.
    await expect(askForDetail({ actor: protege.actor, input: question })).rejects.toThrow(
      'not found',
    );
    const answer = { requestId: id, answer: 'Preparing for my first lead interview.' };
    await expect(answerDetail({ actor: mentor, input: answer })).rejects.toThrow('not found');
    await answerDetail({ actor: protege.actor, input: answer });
    await expect(answerDetail({ actor: protege.actor, input: answer })).rejects.toThrow('once');
    expect(await findOwnRequest({ actor: mentor, requestId: id })).toMatchObject({
      detailQuestion: question.question,
      detailAnswer: answer.answer,
    });
  });

  it('are capped at three open ones per protégé, with no duplicate for the same pair', async () => {
    const protege = await createProtege();
    const mentors = await Promise.all([1, 2, 3, 4].map(() => createSupporter()));
    await ask(protege, mentors[0]!.id);
    await expect(ask(protege, mentors[0]!.id)).rejects.toThrow('already asked this person');
    await ask(protege, mentors[1]!.id);
    await ask(protege, mentors[2]!.id);
    await expect(ask(protege, mentors[3]!.id)).rejects.toThrow('3 open requests');
    expect(await db.connectionRequest.count({ where: { protegeId: protege.actor.id } })).toBe(3);
  });

  it('are rate-limited per sender, refused ones included: a script cannot ask everyone', async () => {
    const protege = await createProtege();
    const mentor = await createSupporter();
    const send = () =>
      sendRequest({
        actor: protege.actor,
        input: { goalId: protege.goal.id, personId: mentor.id, kind: 'MENTOR', note: NOTE },
      });
    await send();
    for (let attempt = 1; attempt < 20; attempt++)
      await expect(send()).rejects.toThrow('already asked this person');
    await expect(send()).rejects.toThrow('Too many requests sent. Try again in');
    expect(await db.connectionRequest.count({ where: { protegeId: protege.actor.id } })).toBe(1);
  });

  it('hold the cap when a protégé sends many at the same moment', async () => {
    const protege = await createProtege();
    const mentors = await Promise.all(Array.from({ length: 8 }, () => createSupporter()));
    const results = await Promise.allSettled(mentors.map((m) => ask(protege, m.id)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3);
    expect(await db.connectionRequest.count({ where: { protegeId: protege.actor.id } })).toBe(3);
  });

  it('are refused to people who do not offer that help, or in the reporting line', async () => {
    const protege = await createProtege();
    const coachOnly = await createSupporter(2, 'COACHING');
    await expect(ask(protege, coachOnly.id)).rejects.toThrow(
      'This person is not taking requests for mentoring.',
    );
    const boss = await createActor();
    await createTestProfile(db, boss.id, { offers: 'BOTH', capacity: 3 });
    await db.profile.update({ where: { userId: protege.actor.id }, data: { managerId: boss.id } });
    await expect(ask(protege, boss.id)).rejects.toThrow('reporting line');
    await expect(ask(protege, protege.actor.id)).rejects.toThrow('yourself');
  });

  it('withdraw the goal’s other open requests of that kind once one is accepted', async () => {
    const protege = await createProtege();
    const [first, second] = await Promise.all([createSupporter(), createSupporter()]);
    const a = await ask(protege, first.id);
    const b = await ask(protege, second.id);
    await acceptRequest({ actor: first, input: { requestId: a.id } });
    expect((await db.connectionRequest.findUniqueOrThrow({ where: { id: b.id } })).status).toBe(
      'WITHDRAWN',
    );
    expect((await notificationsOf(second.id)).map((n) => n.kind)).toEqual([
      'request-received',
      'request-withdrawn',
    ]);
  });

  it('are refused for a goal that already has help of that kind', async () => {
    const protege = await createProtege();
    const [first, second] = await Promise.all([createSupporter(), createSupporter()]);
    const request = await ask(protege, first.id);
    await acceptRequest({ actor: first, input: { requestId: request.id } });
    await expect(ask(protege, second.id)).rejects.toThrow('already has a mentor');
  });

  it('are invisible to everyone but their two people', async () => {
    const protege = await createProtege();
    const mentor = await createSupporter();
    const stranger = await createActor();
    const { id } = await ask(protege, mentor.id);
    expect(await findOwnRequest({ actor: stranger, requestId: id })).toBeNull();
    expect(await listOwnRequests({ actor: stranger })).toEqual([]);
    for (const attempt of [acceptRequest, declineRequest, withdrawRequest])
      await expect(attempt({ actor: stranger, input: { requestId: id } })).rejects.toThrow(
        'not found',
      );
    expect((await db.connectionRequest.findUniqueOrThrow({ where: { id } })).status).toBe('OPEN');
  });
});

describe('capacity under concurrency', () => {
  it('starts exactly one relationship when many accepts race for one free place', async () => {
    const mentor = await createSupporter(1);
    const proteges = await Promise.all(Array.from({ length: 12 }, () => createProtege()));
    const requests = [];
    for (const protege of proteges) requests.push(await ask(protege, mentor.id));

    const results = await Promise.allSettled(
      requests.map((request) => acceptRequest({ actor: mentor, input: { requestId: request.id } })),
    );
    const refused = results.filter((r) => r.status === 'rejected');
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(refused).toHaveLength(11);
    for (const result of refused)
      expect(String((result as PromiseRejectedResult).reason)).toContain('no free place');
    expect(await db.relationship.count({ where: { supporterId: mentor.id } })).toBe(1);
    expect(
      await db.connectionRequest.count({ where: { supporterId: mentor.id, status: 'ACCEPTED' } }),
    ).toBe(1);
  });
});
