/** The home page's next meetings, on the reader's clock, each linking to its relationship. */
import Link from 'next/link';
import { meetingTimeWords } from '@/lib/core/meetings/time-words';

export interface UpcomingMeeting {
  id: string;
  startsAt: Date;
  minutes: number;
  relationshipId: string;
  withName: string;
}

export function UpcomingMeetings({
  meetings,
  zone,
}: {
  meetings: UpcomingMeeting[];
  zone: string;
}) {
  if (meetings.length === 0) return null;
  return (
    <section aria-labelledby="upcoming-meetings" className="mb-6">
      <h2 id="upcoming-meetings" className="mb-2 font-semibold">
        Your next meetings
      </h2>
      <ul className="flex flex-col gap-1" data-testid="upcoming-meetings">
        {meetings.map((meeting) => (
          <li key={meeting.id}>
            <Link href={`/relationships/${meeting.relationshipId}#meetings`}>
              <time dateTime={meeting.startsAt.toISOString()}>
                {meetingTimeWords(meeting.startsAt, zone)}
              </time>{' '}
              with {meeting.withName}
            </Link>{' '}
            <span className="text-sm text-slate-700">
              · {meeting.minutes} minutes, on your clock ({zone})
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
