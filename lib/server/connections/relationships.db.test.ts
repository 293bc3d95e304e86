import { describe, expect, it } from 'vitest';
import { db } from '../db';
import { countUnread, listOwnNotifications, markAllRead } from '../notifications/notifications';
import { createActor } from '@/scripts/support/actors';
import { acceptRequest } from './accept';
import { blockPerson, dontSuggestAgain } from './privacy';
import {
  addCheckIn,
  endRelationship,
  findOwnRelationship,
  listOwnRelationships,
  markActive,
} from './relationships';
import { sendRequest } from './requests';
import { createProtege, createSupporter, NOTE } from '@/test/db/connections';

async function startRelationship() {
  const protege = await createProtege();
  const mentor = await createSupporter();
  const request = await sendRequest({
    actor: protege.actor,
    input: { goalId: protege.goal.id, personId: mentor.id, kind: 'MENTOR', note: NOTE },
  });
  const { relationshipId } = await acceptRequest({
    actor: mentor,
    input: { requestId: request.id },
  });
  if (!relationshipId) throw new Error('a request, unlike an invitation, starts at its one yes');
  return { protege, mentor, relationshipId };
}

describe('relationships', () => {
  it('keep the milestones agreed when under way, ticked off by check-ins, and only their own', async () => {
    const { protege, mentor, relationshipId } = await startRelationship();
    const other = await startRelationship();
    await markActive({
      actor: other.protege.actor,
      input: { relationshipId: other.relationshipId, milestones: ['Someone else’s step'] },
    });
    const [foreign] = (await findOwnRelationship({
      actor: other.protege.actor,
      relationshipId: other.relationshipId,
    }))!.milestones;

    await markActive({
      actor: protege.actor,
      input: { relationshipId, milestones: ['Lead one budget review', 'Present to the board'] },
    });
    const [first, second] = (await findOwnRelationship({ actor: mentor, relationshipId }))!
      .milestones;
    expect([first?.text, second?.text]).toEqual(['Lead one budget review', 'Present to the board']);
    await addCheckIn({
      actor: mentor,
      input: {
        relationshipId,
        note: 'The review went well.',
        rating: 4,
        milestonesDone: [first!.id, foreign!.id],
      },
    });
    const after = (await findOwnRelationship({ actor: protege.actor, relationshipId }))!.milestones;
    expect(after.map((milestone) => milestone.doneAt !== null)).toEqual([true, false]);
    // A milestone of another relationship is not ticked by naming it.
    expect(await db.milestone.findUniqueOrThrow({ where: { id: foreign!.id } })).toMatchObject({
      doneAt: null,
    });
  });

  it('move from intro to active to ended, each change recorded with who and when', async () => {
    const { protege, mentor, relationshipId } = await startRelationship();
    await markActive({ actor: protege.actor, input: { relationshipId, focus: 'First 90 days' } });
    await addCheckIn({
      actor: mentor,
      input: { relationshipId, note: 'Good first session.', rating: 4 },
    });
    await endRelationship({
      actor: mentor,
      input: { relationshipId, note: 'Private: we did not click.', dontSuggestAgain: false },
    });
    const seen = await findOwnRelationship({ actor: protege.actor, relationshipId });
    expect(seen?.state).toBe('ENDED');
    expect(seen?.focus).toBe('First 90 days');
    expect(seen?.events.map((e) => [e.state, e.actorId])).toEqual([
      ['INTRO', mentor.id],
      ['ACTIVE', protege.actor.id],
      ['ENDED', mentor.id],
    ]);
    expect(seen?.checkIns).toEqual([expect.objectContaining({ rating: 4 })]);
    // The end note is for the program admin: not in what either person reads.
    expect(JSON.stringify(seen)).not.toContain('did not click');
    const kinds = (await listOwnNotifications({ actor: protege.actor })).map((n) => n.kind);
    expect(kinds).toEqual(['relationship-ended', 'check-in', 'request-accepted']);
    await expect(markActive({ actor: mentor, input: { relationshipId } })).rejects.toThrow(
      'already ended',
    );
  });

  it('can be ended in intro with one click, and "don’t suggest again" is kept privately', async () => {
    const { protege, mentor, relationshipId } = await startRelationship();
    await endRelationship({
      actor: protege.actor,
      input: { relationshipId, dontSuggestAgain: true },
    });
    expect(
      await db.pairExclusion.findMany({
        where: { OR: [{ userId: mentor.id }, { otherId: mentor.id }] },
      }),
    ).toEqual([expect.objectContaining({ userId: protege.actor.id, otherId: mentor.id })]);
    // The mentor hears the introduction ended, not the private choice.
    const [told] = await listOwnNotifications({ actor: mentor });
    expect(told?.text).toContain('ended the introduction');
    expect(told?.text).not.toMatch(/suggest/i);
  });

  it('are out of reach of anyone but their two people', async () => {
    const { relationshipId } = await startRelationship();
    const stranger = await createActor();
    expect(await findOwnRelationship({ actor: stranger, relationshipId })).toBeNull();
    expect(await listOwnRelationships({ actor: stranger })).toEqual([]);
    await expect(markActive({ actor: stranger, input: { relationshipId } })).rejects.toThrow(
      'not found',
    );
    await expect(
      endRelationship({ actor: stranger, input: { relationshipId, dontSuggestAgain: false } }),
    ).rejects.toThrow('not found');
    await expect(
      addCheckIn({ actor: stranger, input: { relationshipId, note: 'hello', rating: 3 } }),
    ).rejects.toThrow('not found');
    expect((await db.relationship.findUniqueOrThrow({ where: { id: relationshipId } })).state).toBe(
      'INTRO',
    );
  });
});

describe('blocks and exclusions', () => {
  it('a block ends what is open between the two and stops new requests, without saying why', async () => {
    const { protege, mentor, relationshipId } = await startRelationship();
    await blockPerson({ actor: mentor, input: { personId: protege.actor.id } });
    expect((await db.relationship.findUniqueOrThrow({ where: { id: relationshipId } })).state).toBe(
      'ENDED',
    );
    const [told] = await listOwnNotifications({ actor: protege.actor });
    expect(told?.text).not.toMatch(/block/i);
    const again = sendRequest({
      actor: protege.actor,
      input: { goalId: protege.goal.id, personId: mentor.id, kind: 'MENTOR', note: NOTE },
    });
    await expect(again).rejects.toThrow('This person is not taking requests for mentoring.');
  });

  it('"don’t suggest again" by the other side reads like any other no to the asker', async () => {
    const protege = await createProtege();
    const mentor = await createSupporter();
    await dontSuggestAgain({ actor: mentor, input: { personId: protege.actor.id } });
    const attempt = sendRequest({
      actor: protege.actor,
      input: { goalId: protege.goal.id, personId: mentor.id, kind: 'MENTOR', note: NOTE },
    });
    await expect(attempt).rejects.toThrow('This person is not taking requests for mentoring.');
  });
});

describe('notifications', () => {
  it('count unread until read, and belong only to their reader', async () => {
    const { protege, mentor } = await startRelationship();
    expect(await countUnread({ actor: mentor })).toBe(1);
    expect(await countUnread({ actor: protege.actor })).toBe(1);
    await markAllRead({ actor: mentor });
    expect(await countUnread({ actor: mentor })).toBe(0);
    expect(await countUnread({ actor: protege.actor })).toBe(1);
  });
});
