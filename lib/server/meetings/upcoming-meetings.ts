import 'server-only';
/** The caller's next meetings across their live relationships, soonest first: the home page. */
import type { Actor } from '../auth/session';
import { db } from '../db';
import { timeZonesOf } from './time-zones';

export async function listUpcomingMeetings({ actor }: { actor: Actor }, now = new Date()) {
  const [meetings, zones] = await Promise.all([
    db.meeting.findMany({
      where: {
        status: 'SCHEDULED',
        startsAt: { gt: now },
        relationship: {
          state: { not: 'ENDED' },
          OR: [{ protegeId: actor.id }, { supporterId: actor.id }],
        },
      },
      orderBy: { startsAt: 'asc' },
      take: 5,
      select: {
        id: true,
        startsAt: true,
        durationMinutes: true,
        relationship: {
          select: {
            id: true,
            protegeId: true,
            protege: { select: { name: true } },
            supporter: { select: { name: true } },
          },
        },
      },
    }),
    timeZonesOf([actor.id]),
  ]);
  return {
    zone: zones.get(actor.id) ?? 'UTC',
    meetings: meetings.map(({ relationship, ...meeting }) => ({
      id: meeting.id,
      startsAt: meeting.startsAt!,
      minutes: meeting.durationMinutes,
      relationshipId: relationship.id,
      withName:
        relationship.protegeId === actor.id
          ? relationship.supporter.name
          : relationship.protege.name,
    })),
  };
}
