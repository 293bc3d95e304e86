import 'server-only';
/**
 * Telling both people about a change to a meeting, inside the change's own transaction: the
 * other gets a notice; the e-mails (with the calendar invitation when the meeting has a time)
 * go to the outbox, each written on its reader's clock. Both get the same invitation: one UID
 * per meeting and a SEQUENCE that grows, so their calendars keep one event that follows it.
 */
import { calendarInvitation, mailboxParts } from '@/lib/core/meetings/calendar-invitation';
import {
  CHANGES_WITH_INVITATION,
  meetingMail,
  type MeetingChange,
} from '@/lib/core/meetings/meeting-mail';
import { meetingGuide, meetingGuideText } from '@/lib/core/guides/meeting-guide';
import type { Actor } from '../auth/session';
import { pastMeetingWhere } from '../guides/relationship-guide';
import type { Tx } from '../connections/transaction';
import { queueEmail } from '../email/outbox';
import { env } from '../env';
import { siteOrigin } from '../site-origin';
import type { LockedRelationship } from './meeting-access';
import { timeZonesOf } from './time-zones';

interface MeetingFacts {
  id: string;
  sequence: number;
  options: Date[];
  startsAt: Date | null;
  durationMinutes: number;
  videoLink: string | null;
}

export async function tellAboutMeeting(
  tx: Tx,
  args: {
    actor: Actor;
    relationship: LockedRelationship;
    meeting: MeetingFacts;
    change: MeetingChange;
  },
): Promise<void> {
  const { actor, relationship, meeting, change } = args;
  const ids = [relationship.protegeId, relationship.supporterId];
  const [people, zones] = await Promise.all([
    tx.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, email: true } }),
    timeZonesOf(ids, tx),
  ]);
  const person = (id: string) => people.find((p) => p.id === id)!;
  const [protege, supporter] = [person(relationship.protegeId), person(relationship.supporterId)];
  const kind = relationship.kind === 'MENTOR' ? 'mentoring' : 'coaching';
  const href = `/relationships/${relationship.id}#meetings`;
  const withInvitation = CHANGES_WITH_INVITATION.has(change) && meeting.startsAt !== null;
  const guideText =
    withInvitation && change !== 'cancelled'
      ? await guideTextFor(tx, relationship, meeting.id)
      : '';
  const calendar = withInvitation
    ? calendarInvitation({
        meetingId: meeting.id,
        sequence: meeting.sequence,
        method: change === 'cancelled' ? 'CANCEL' : 'REQUEST',
        start: meeting.startsAt!,
        minutes: meeting.durationMinutes,
        summary: `${capitalised(kind)}: ${protege.name} and ${supporter.name}`,
        description:
          `A ${kind} meeting of ${protege.name} and ${supporter.name}, arranged on Pathfinder.` +
          (meeting.videoLink ? `\nVideo link: ${meeting.videoLink}` : '') +
          guideText,
        videoLink: meeting.videoLink,
        url: new URL(href, siteOrigin()).toString(),
        organizer: mailboxParts(env().MAIL_FROM),
        attendees: [protege, supporter].map(({ name, email }) => ({ name, email })),
        stamp: new Date(),
      })
    : undefined;
  // Offers and their answers are for the other person; an invitation is for both.
  const readers = withInvitation ? [relationship.other, actor.id] : [relationship.other];
  for (const readerId of readers) {
    const reader = person(readerId);
    const other = reader.id === protege.id ? supporter : protege;
    const mail = meetingMail({
      change,
      by: actor.name,
      byReader: reader.id === actor.id,
      withName: other.name,
      kind,
      times: meeting.startsAt ? [meeting.startsAt] : meeting.options,
      zone: zones.get(reader.id) ?? 'UTC',
      minutes: meeting.durationMinutes,
      videoLink: meeting.videoLink,
      guideText,
    });
    if (reader.id !== actor.id)
      await tx.notification.create({
        data: { userId: reader.id, kind: `meeting-${change}`, text: mail.subject, href },
      });
    await queueEmail(tx, {
      to: reader.email,
      subject: mail.subject,
      text: mail.text,
      href,
      calendar,
      reader: { userId: reader.id, kind: 'MEETINGS' },
    });
  }
}

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** The guide that goes with this meeting's invitation, unless the two turned guides off. */
async function guideTextFor(
  tx: Tx,
  relationship: LockedRelationship,
  meetingId: string,
): Promise<string> {
  const [{ guidesOn, guideQuestionIds }, met] = await Promise.all([
    tx.relationship.findUniqueOrThrow({
      where: { id: relationship.id },
      select: { guidesOn: true, guideQuestionIds: true },
    }),
    tx.meeting.count({
      where: { ...pastMeetingWhere(relationship.id, new Date()), id: { not: meetingId } },
    }),
  ]);
  return meetingGuideText(
    meetingGuide({
      kind: relationship.kind,
      guidesOn,
      beforeFirstMeeting: met === 0,
      pickedQuestionIds: guideQuestionIds,
    }),
  );
}
