/**
 * The calendar invitation (iCalendar, RFC 5545, with iTIP's METHOD) that goes with a meeting's
 * e-mails. One event per meeting: its UID is the meeting's own, so when the meeting moves or
 * is cancelled, the newer invitation (a higher SEQUENCE) updates the event already in each
 * calendar instead of adding another. Times are UTC instants: every calendar shows them on its
 * owner's clock. Pure: the stamp is handed in.
 */
import ical, {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  ICalEventStatus,
} from 'ical-generator';

export interface InvitationPerson {
  name: string;
  email: string;
}

export interface Invitation {
  meetingId: string;
  /** 0 when first sent; one more with every change. */
  sequence: number;
  method: 'REQUEST' | 'CANCEL';
  start: Date;
  minutes: number;
  summary: string;
  description: string;
  videoLink: string | null;
  /** Where the meeting's page is. */
  url: string;
  /** Who sends it: the product itself, on behalf of both people. */
  organizer: InvitationPerson;
  attendees: InvitationPerson[];
  stamp: Date;
}

/** A UID that stays the meeting's across every version sent. */
export const invitationUid = (meetingId: string) => `meeting-${meetingId}@pathfinder`;

export function calendarInvitation(invitation: Invitation): string {
  const cancel = invitation.method === 'CANCEL';
  const calendar = ical({
    prodId: { company: 'Pathfinder', product: 'Meetings', language: 'EN' },
    method: cancel ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  calendar.createEvent({
    id: invitationUid(invitation.meetingId),
    sequence: invitation.sequence,
    stamp: invitation.stamp,
    start: invitation.start,
    end: new Date(invitation.start.getTime() + invitation.minutes * 60_000),
    summary: invitation.summary,
    description: invitation.description,
    location: invitation.videoLink,
    url: invitation.url,
    status: cancel ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: invitation.organizer,
    // Both chose this time (one offered it, the other picked it): no answer is awaited.
    attendees: invitation.attendees.map((person) => ({
      ...person,
      role: ICalAttendeeRole.REQ,
      status: ICalAttendeeStatus.ACCEPTED,
    })),
  });
  return calendar.toString();
}

/** "Pathfinder <no-reply@x>" as a name and an address, for the organizer line. */
export function mailboxParts(from: string): InvitationPerson {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(from);
  if (match) return { name: match[1] || 'Pathfinder', email: match[2]! };
  return { name: 'Pathfinder', email: from.trim() };
}
