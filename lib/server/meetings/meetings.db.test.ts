import { describe, expect, it } from 'vitest';
import { invitationUid } from '@/lib/core/meetings/calendar-invitation';
import { readInvitation } from '@/test/meetings/read-invitation';
import { startLiveRelationship } from '@/test/db/live-relationship';
import { endRelationship } from '../connections/relationships';
import { db } from '../db';
import { cancelMeeting } from './cancel-meeting';
import { listMeetings } from './list-meetings';
import { moveMeeting } from './move-meeting';
import { noteMeeting } from './note-meeting';
import { pickMeetingTime } from './pick-meeting-time';
import { proposeMeeting } from './propose-meeting';
import { listUpcomingMeetings } from './upcoming-meetings';
import { MEETING_CHANGES_PER_USER, OPEN_MEETINGS_PER_RELATIONSHIP } from './limits';

// The clock the operations are handed: times in 2030 are still to come.
const NOW = new Date('2030-03-01T12:00:00Z');

/** A protégé in Paris and a mentor in New York; 20 March, when only New York keeps summer time. */
async function proposed() {
  const people = await startLiveRelationship({
    protege: 'Europe/Paris',
    mentor: 'America/New_York',
  });
  const meeting = await proposeMeeting(
    {
      actor: people.protege,
      input: {
        relationshipId: people.relationshipId,
        first: '2030-03-20T10:00',
        second: '2030-03-21T16:30',
        minutes: 45,
        videoLink: 'https://video.example.test/room',
      },
    },
    NOW,
  );
  return { ...people, meeting };
}

const invitationsTo = async (email: string) =>
  (
    await db.emailMessage.findMany({
      where: { to: email, calendar: { not: null } },
      orderBy: { createdAt: 'asc' },
    })
  ).map((mail) => ({ ...mail, invitation: readInvitation(mail.calendar!) }));

describe('meetings', () => {
  it('offer times typed on the proposer’s clock, told to the other on theirs', async () => {
    const { mentor, meeting } = await proposed();
    expect(meeting.options.map((time) => time.toISOString())).toEqual([
      '2030-03-20T09:00:00.000Z',
      '2030-03-21T15:30:00.000Z',
    ]);
    const offer = await db.emailMessage.findFirst({
      where: { to: mentor.email, subject: { contains: 'offers times to meet' } },
    });
    expect(offer?.text).toContain('Wednesday, 20 March 2030 at 05:00');
    expect(offer?.text).toContain('Thursday, 21 March 2030 at 11:30');
    expect(offer?.calendar).toBeNull();
  });

  it('picked by the other: both receive an invitation at the right instant, told on their own clocks', async () => {
    const { protege, mentor, meeting } = await proposed();
    await pickMeetingTime({ actor: mentor, input: { meetingId: meeting.id, choice: 0 } }, NOW);
    const [toProtege] = await invitationsTo(protege.email);
    const [toMentor] = await invitationsTo(mentor.email);
    for (const mail of [toProtege!, toMentor!]) {
      expect(mail.invitation).toMatchObject({
        method: 'REQUEST',
        uid: invitationUid(meeting.id),
        sequence: 0,
        location: 'https://video.example.test/room',
        attendees: [protege.email, mentor.email],
      });
      expect(mail.invitation.start.toISOString()).toBe('2030-03-20T09:00:00.000Z');
      expect(mail.invitation.end.toISOString()).toBe('2030-03-20T09:45:00.000Z');
    }
    expect(toProtege?.text).toContain('Wednesday, 20 March 2030 at 10:00 (Europe/Paris, GMT+1)');
    expect(toMentor?.text).toContain('Wednesday, 20 March 2030 at 05:00 (America/New_York, GMT-4)');
  });

  it('moved or cancelled, update the same invitation: one UID, a higher sequence each time', async () => {
    const { protege, mentor, meeting } = await proposed();
    await pickMeetingTime({ actor: mentor, input: { meetingId: meeting.id, choice: 1 } }, NOW);
    // The mentor moves it on their clock: 09:00 in New York is 14:00 in Paris that day.
    await moveMeeting(
      { actor: mentor, input: { meetingId: meeting.id, time: '2030-03-22T09:00' } },
      NOW,
    );
    await cancelMeeting({ actor: protege, input: { meetingId: meeting.id } }, NOW);
    const sent = (await invitationsTo(protege.email)).map((mail) => mail.invitation);
    expect(sent.map((invitation) => [invitation.method, invitation.sequence])).toEqual([
      ['REQUEST', 0],
      ['REQUEST', 1],
      ['CANCEL', 2],
    ]);
    expect(new Set(sent.map((invitation) => invitation.uid))).toEqual(
      new Set([invitationUid(meeting.id)]),
    );
    expect(sent[1]?.start.toISOString()).toBe('2030-03-22T13:00:00.000Z');
    expect(sent[2]?.status).toBe('CANCELLED');
    const mentorCopies = await invitationsTo(mentor.email);
    expect(mentorCopies.map((mail) => mail.calendar)).toEqual(
      (await invitationsTo(protege.email)).map((mail) => mail.calendar),
    );
    const moved = (await invitationsTo(protege.email))[1];
    expect(moved?.text).toContain('Friday, 22 March 2030 at 14:00');
  });

  it('refuse a time the clocks skip, one in the past, and a pick by the one who offered', async () => {
    const { protege, relationshipId, meeting } = await proposed();
    const offer = (first: string) =>
      proposeMeeting({ actor: protege, input: { relationshipId, first, minutes: 30 } }, NOW);
    await expect(offer('2030-03-31T02:30')).rejects.toMatchObject({
      code: 'INVALID',
      field: 'first',
    });
    await expect(offer('2030-02-01T10:00')).rejects.toMatchObject({
      code: 'INVALID',
      field: 'first',
    });
    await expect(
      pickMeetingTime({ actor: protege, input: { meetingId: meeting.id, choice: 0 } }, NOW),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('are seen and changed by the two people only', async () => {
    const { stranger, relationshipId, meeting } = await proposed();
    expect(await listMeetings({ actor: stranger, relationshipId })).toEqual([]);
    await expect(
      pickMeetingTime({ actor: stranger, input: { meetingId: meeting.id, choice: 0 } }, NOW),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      cancelMeeting({ actor: stranger, input: { meetingId: meeting.id } }, NOW),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      proposeMeeting(
        { actor: stranger, input: { relationshipId, first: '2030-03-20T10:00', minutes: 30 } },
        NOW,
      ),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await db.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).status).toBe(
      'PROPOSED',
    );
  });

  it('get a note once they have happened, and the next ones show on the home page', async () => {
    const { protege, mentor, meeting } = await proposed();
    await pickMeetingTime({ actor: mentor, input: { meetingId: meeting.id, choice: 0 } }, NOW);
    const upcoming = await listUpcomingMeetings({ actor: protege }, NOW);
    expect(upcoming.zone).toBe('Europe/Paris');
    expect(upcoming.meetings).toEqual([
      expect.objectContaining({ id: meeting.id, withName: mentor.name }),
    ]);
    const note = { meetingId: meeting.id, text: 'We mapped the first 90 days.' };
    await expect(noteMeeting({ actor: protege, input: note }, NOW)).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    const after = new Date('2030-03-21T00:00:00Z');
    await noteMeeting({ actor: protege, input: note }, after);
    await noteMeeting(
      { actor: protege, input: { ...note, text: 'Mapped the first 90 days.' } },
      after,
    );
    const [listed] = await listMeetings({ actor: mentor, relationshipId: meeting.relationshipId });
    expect(listed?.notes).toEqual([{ authorId: protege.id, text: 'Mapped the first 90 days.' }]);
    expect((await listUpcomingMeetings({ actor: protege }, after)).meetings).toEqual([]);
  });

  it('still to come when the relationship ends, are cancelled in both calendars', async () => {
    const { protege, mentor, relationshipId, meeting } = await proposed();
    await pickMeetingTime({ actor: mentor, input: { meetingId: meeting.id, choice: 0 } }, NOW);
    await endRelationship({ actor: mentor, input: { relationshipId, dontSuggestAgain: false } });
    expect((await listUpcomingMeetings({ actor: protege }, NOW)).meetings).toEqual([]);
    for (const person of [protege, mentor]) {
      const last = (await invitationsTo(person.email)).at(-1)?.invitation;
      expect(last).toMatchObject({ method: 'CANCEL', uid: invitationUid(meeting.id), sequence: 1 });
    }
    expect((await db.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).status).toBe(
      'CANCELLED',
    );
  });

  it('are limited: a few waiting or to come per relationship, and changes per hour', async () => {
    const { protege, relationshipId } = await startLiveRelationship();
    const offer = () =>
      proposeMeeting(
        { actor: protege, input: { relationshipId, first: '2030-03-20T10:00', minutes: 30 } },
        NOW,
      );
    const offered = [];
    for (let count = 0; count < OPEN_MEETINGS_PER_RELATIONSHIP; count++)
      offered.push(await offer());
    await expect(offer()).rejects.toMatchObject({ code: 'CONFLICT' });
    // Withdrawn offers make room, but every offer sent counts against the hourly limit.
    for (const meeting of offered)
      await cancelMeeting({ actor: protege, input: { meetingId: meeting.id } }, NOW);
    for (let count = offered.length; count < MEETING_CHANGES_PER_USER.points; count++) {
      const meeting = await offer();
      await cancelMeeting({ actor: protege, input: { meetingId: meeting.id } }, NOW);
    }
    await expect(offer()).rejects.toMatchObject({ code: 'RATE_LIMITED' });
  });
});
