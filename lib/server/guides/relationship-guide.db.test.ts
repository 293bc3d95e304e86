/**
 * The guide's operations are scoped to the two people (and picking to the coach), and a guide
 * turned off stays out of the meeting invitation.
 */
import { describe, expect, it } from 'vitest';
import { startLiveRelationship } from '@/test/db/live-relationship';
import { db } from '../db';
import { pickMeetingTime } from '../meetings/pick-meeting-time';
import { proposeMeeting } from '../meetings/propose-meeting';
import { findRelationshipGuide, pickGuideQuestions, setGuidesOn } from './relationship-guide';

const NOW = new Date('2030-03-01T12:00:00Z');

async function coaching() {
  const people = await startLiveRelationship();
  await db.relationship.update({ where: { id: people.relationshipId }, data: { kind: 'COACH' } });
  return people;
}

async function scheduleMeeting(people: Awaited<ReturnType<typeof startLiveRelationship>>) {
  const offered = await proposeMeeting(
    {
      actor: people.protege,
      input: { relationshipId: people.relationshipId, first: '2030-03-20T10:00', minutes: 45 },
    },
    NOW,
  );
  await pickMeetingTime({ actor: people.mentor, input: { meetingId: offered.id, choice: 0 } }, NOW);
  return db.emailMessage.findFirstOrThrow({
    where: { to: people.protege.email, subject: { startsWith: 'Meeting with' } },
  });
}

const notFound = expect.objectContaining({ code: 'NOT_FOUND' });

describe('relationship guides', () => {
  it('lets the coach pick questions, which the protégé then reads', async () => {
    const people = await coaching();
    const input = { relationshipId: people.relationshipId, questionIds: ['c-fb-true'] };
    await pickGuideQuestions({ actor: people.mentor, input });
    const seen = await findRelationshipGuide({
      actor: people.protege,
      relationshipId: people.relationshipId,
    });
    expect(seen).toMatchObject({ isCoach: false, pickedQuestionIds: ['c-fb-true'] });
    expect(seen?.guide.kind).toBe('coaching');
  });

  it('refuses a pick from the protégé or a stranger as not found', async () => {
    const people = await coaching();
    const input = { relationshipId: people.relationshipId, questionIds: ['c-fb-true'] };
    await expect(pickGuideQuestions({ actor: people.protege, input })).rejects.toEqual(notFound);
    await expect(pickGuideQuestions({ actor: people.stranger, input })).rejects.toEqual(notFound);
    const row = await db.relationship.findUniqueOrThrow({ where: { id: people.relationshipId } });
    expect(row.guideQuestionIds).toEqual([]);
  });

  it('lets either person turn guides off, never a stranger', async () => {
    const people = await startLiveRelationship();
    const input = { relationshipId: people.relationshipId, on: false };
    await expect(setGuidesOn({ actor: people.stranger, input })).rejects.toEqual(notFound);
    expect(
      await findRelationshipGuide({
        actor: people.stranger,
        relationshipId: people.relationshipId,
      }),
    ).toBeNull();
    await setGuidesOn({ actor: people.protege, input });
    const off = await findRelationshipGuide({
      actor: people.mentor,
      relationshipId: people.relationshipId,
    });
    expect(off?.guidesOn).toBe(false);
    await setGuidesOn({ actor: people.mentor, input: { ...input, on: true } });
    const row = await db.relationship.findUniqueOrThrow({ where: { id: people.relationshipId } });
    expect(row.guidesOn).toBe(true);
  });

  it('sends the first-meeting guide with the invitation, and nothing once turned off', async () => {
    const people = await startLiveRelationship();
    const withGuide = await scheduleMeeting(people);
    expect(withGuide.text).toContain('For your first meeting:');
    expect(withGuide.calendar).toContain('For your first meeting:');

    const other = await startLiveRelationship();
    await setGuidesOn({
      actor: other.mentor,
      input: { relationshipId: other.relationshipId, on: false },
    });
    const without = await scheduleMeeting(other);
    expect(without.text).not.toContain('For your first meeting');
    expect(without.calendar).not.toContain('For your first meeting');
  });

  it('sends the coach picks with a coaching invitation', async () => {
    const people = await coaching();
    await pickGuideQuestions({
      actor: people.mentor,
      input: { relationshipId: people.relationshipId, questionIds: ['c-conf-part'] },
    });
    const mail = await scheduleMeeting(people);
    expect(mail.text).toContain('Which part of it is yours to change?');
  });
});
