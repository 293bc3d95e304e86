import { describe, expect, it } from 'vitest';
import { db } from '../db';
import { daysAfter } from './rules';
import { sendRequest } from './requests';
import { sweepRequests } from './sweep';
import { createCohort } from '@/test/programs/runs';
import { createProtege, createSupporter, NOTE } from '@/test/db/connections';

async function openRequestAt(sentAt: Date) {
  const protege = await createProtege();
  const mentor = await createSupporter();
  const request = await sendRequest({
    actor: protege.actor,
    input: { goalId: protege.goal.id, personId: mentor.id, kind: 'MENTOR', note: NOTE },
    now: sentAt,
  });
  return { protege, mentor, request };
}

const kindsOf = async (userId: string) =>
  (await db.notification.findMany({ where: { userId }, orderBy: { createdAt: 'asc' } })).map(
    (n) => n.kind,
  );

describe('the request clock', () => {
  it('reminds the receiver after 5 days once, and expires the request after 14', async () => {
    const sent = new Date('2026-03-02T09:00:00Z');
    const { protege, mentor, request } = await openRequestAt(sent);

    await sweepRequests(daysAfter(sent, 4));
    expect(await kindsOf(mentor.id)).toEqual(['request-received']);

    await sweepRequests(daysAfter(sent, 5));
    await sweepRequests(daysAfter(sent, 6));
    expect(await kindsOf(mentor.id)).toEqual(['request-received', 'request-reminder']);

    await sweepRequests(daysAfter(sent, 14));
    expect(
      (await db.connectionRequest.findUniqueOrThrow({ where: { id: request.id } })).status,
    ).toBe('EXPIRED');
    expect(await kindsOf(protege.actor.id)).toEqual(['request-expired']);
  });

  it('expires each request exactly once when several workers sweep at the same moment', async () => {
    const sent = new Date('2026-04-01T09:00:00Z');
    const { protege, request } = await openRequestAt(sent);
    const later = daysAfter(sent, 20);
    await Promise.all(Array.from({ length: 6 }, () => sweepRequests(later)));
    expect(
      (await db.connectionRequest.findUniqueOrThrow({ where: { id: request.id } })).status,
    ).toBe('EXPIRED');
    expect(await kindsOf(protege.actor.id)).toEqual(['request-expired']);
  });

  it('follow the policy of the protégé’s program: its cap, reminder and expiry', async () => {
    const sent = new Date('2026-04-06T09:00:00Z');
    const { programId } = await createCohort(0);
    await db.program.update({
      where: { id: programId },
      data: { openRequestCap: 1, remindAfterDays: 2, expireAfterDays: 4 },
    });
    const protege = await createProtege();
    await db.programMember.create({ data: { programId, userId: protege.actor.id } });
    const [mentor, other] = [await createSupporter(), await createSupporter()];
    const request = await sendRequest({
      actor: protege.actor,
      input: { goalId: protege.goal.id, personId: mentor.id, kind: 'MENTOR', note: NOTE },
      now: sent,
    });
    expect(
      await db.connectionRequest.findUniqueOrThrow({ where: { id: request.id } }),
    ).toMatchObject({ programId, expiresAt: daysAfter(sent, 4) });
    await expect(
      sendRequest({
        actor: protege.actor,
        input: { goalId: protege.goal.id, personId: other.id, kind: 'MENTOR', note: NOTE },
        now: sent,
      }),
    ).rejects.toThrow('You already have 1 open request.');

    await sweepRequests(daysAfter(sent, 1));
    expect(await kindsOf(mentor.id)).toEqual(['request-received']);
    await sweepRequests(daysAfter(sent, 2));
    expect(await kindsOf(mentor.id)).toEqual(['request-received', 'request-reminder']);
    await sweepRequests(daysAfter(sent, 4));
    expect(
      (await db.connectionRequest.findUniqueOrThrow({ where: { id: request.id } })).status,
    ).toBe('EXPIRED');
  });
});
