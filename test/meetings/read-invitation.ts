/**
 * Reading a calendar invitation as a calendar app would, with ical.js (an independent
 * iCalendar parser): what the tests check is what a calendar would take from it.
 */
import ICAL from 'ical.js';

export function readInvitation(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vevent = calendar.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('an invitation without an event');
  const event = new ICAL.Event(vevent);
  return {
    method: String(calendar.getFirstPropertyValue('method')),
    uid: event.uid,
    sequence: event.sequence,
    start: event.startDate.toJSDate(),
    end: event.endDate.toJSDate(),
    summary: event.summary,
    location: event.location,
    status: String(vevent.getFirstPropertyValue('status')),
    attendees: event.attendees.map((attendee) =>
      String(attendee.getFirstValue()).replace(/^mailto:/i, ''),
    ),
  };
}
