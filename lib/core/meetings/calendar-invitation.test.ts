import { describe, expect, it } from 'vitest';
import { readInvitation } from '@/test/meetings/read-invitation';
import {
  calendarInvitation,
  invitationUid,
  mailboxParts,
  type Invitation,
} from './calendar-invitation';

const base: Invitation = {
  meetingId: 'm1',
  sequence: 0,
  method: 'REQUEST',
  start: new Date('2030-03-20T09:00:00Z'),
  minutes: 45,
  summary: 'Mentoring: Ana, Bo; and “Chloé”',
  description: 'Line one\nline two',
  videoLink: 'https://video.example.test/room',
  url: 'https://pathfinder.example.test/relationships/r1',
  organizer: { name: 'Pathfinder', email: 'no-reply@pathfinder.local' },
  attendees: [
    { name: 'Ana', email: 'ana@example.test' },
    { name: 'Bo', email: 'bo@example.test' },
  ],
  stamp: new Date('2030-03-01T00:00:00Z'),
};

describe('a calendar invitation', () => {
  it('reads back, in a calendar, as the meeting: its instant, length, link and people', () => {
    const read = readInvitation(calendarInvitation(base));
    expect(read).toMatchObject({
      method: 'REQUEST',
      uid: invitationUid('m1'),
      sequence: 0,
      summary: base.summary,
      location: base.videoLink,
      status: 'CONFIRMED',
      attendees: ['ana@example.test', 'bo@example.test'],
    });
    expect(read.start.toISOString()).toBe('2030-03-20T09:00:00.000Z');
    expect(read.end.toISOString()).toBe('2030-03-20T09:45:00.000Z');
  });

  it('keeps its UID when the meeting moves or is cancelled, with a higher sequence', () => {
    const moved = readInvitation(
      calendarInvitation({ ...base, sequence: 1, start: new Date('2030-03-21T15:00:00Z') }),
    );
    const cancelled = readInvitation(
      calendarInvitation({ ...base, sequence: 2, method: 'CANCEL' }),
    );
    expect([moved.uid, cancelled.uid]).toEqual([invitationUid('m1'), invitationUid('m1')]);
    expect([moved.sequence, cancelled.sequence]).toEqual([1, 2]);
    expect(moved.start.toISOString()).toBe('2030-03-21T15:00:00.000Z');
    expect([cancelled.method, cancelled.status]).toEqual(['CANCEL', 'CANCELLED']);
  });

  it('has no location without a video link', () => {
    expect(readInvitation(calendarInvitation({ ...base, videoLink: null })).location).toBeNull();
  });

  it('names its organizer from the sender line', () => {
    expect(mailboxParts('Pathfinder <no-reply@pathfinder.local>')).toEqual({
      name: 'Pathfinder',
      email: 'no-reply@pathfinder.local',
    });
    expect(mailboxParts('"Mentoring, Acme" <hello@acme.test>')).toEqual({
      name: 'Mentoring, Acme',
      email: 'hello@acme.test',
    });
    expect(mailboxParts('hello@acme.test')).toEqual({
      name: 'Pathfinder',
      email: 'hello@acme.test',
    });
  });
});
