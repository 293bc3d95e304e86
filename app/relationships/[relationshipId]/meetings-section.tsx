/**
 * A relationship's meetings: times waiting for a pick, the meetings to come, those that have
 * happened (with notes), and the form to offer times. Every time is on both people's clocks.
 */
import { BothClocks, bothClocksWords, type Clocks } from '@/components/meetings/both-clocks';
import { wallTimeOf } from '@/lib/core/meetings/wall-time';
import type { ListedMeeting } from '@/lib/server/meetings/list-meetings';
import {
  CancelMeetingButton,
  MeetingNoteForm,
  MoveMeetingForm,
  PickTimeForm,
  ProposeMeetingForm,
} from './meeting-forms';

interface Props {
  relationshipId: string;
  meetings: ListedMeeting[];
  viewerId: string;
  names: Map<string, string>;
  clocks: Clocks;
  ended: boolean;
  now: Date;
}

export function MeetingsSection(props: Props) {
  const { meetings, viewerId, clocks, ended, now } = props;
  const min = wallTimeOf(now, clocks.mine);
  const waiting = meetings.filter((m) => m.status === 'PROPOSED');
  const held = meetings.filter((m) => m.status === 'SCHEDULED' && m.startsAt);
  const upcoming = held.filter((m) => m.startsAt! > now).toReversed();
  const past = held.filter((m) => m.startsAt! <= now);
  const card = 'rounded border border-slate-200 bg-white p-3';
  return (
    <>
      {waiting.length + upcoming.length + past.length === 0 && (
        <p className="mb-4">No meetings yet.{ended ? '' : ' Offer a few times that suit you.'}</p>
      )}
      {waiting.length > 0 && (
        <>
          <h3 className="mb-2 font-medium">Waiting for a time</h3>
          <ul className="mb-4 flex flex-col gap-2" data-testid="meetings-waiting">
            {waiting.map((meeting) => {
              const mine = meeting.proposedById === viewerId;
              return (
                <li key={meeting.id} className={card}>
                  <p className="mb-2 text-sm text-slate-700">
                    {mine
                      ? `You offered these times (${meeting.durationMinutes} minutes); ${clocks.otherName} picks one.`
                      : `${clocks.otherName} offers these times (${meeting.durationMinutes} minutes).`}
                  </p>
                  {mine || ended ? (
                    <ul className="mb-2 flex flex-col gap-1">
                      {meeting.options.map((time) => (
                        <li key={time.toISOString()}>
                          <BothClocks time={time} clocks={clocks} />
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <PickTimeForm
                      meetingId={meeting.id}
                      options={meeting.options.map((time, index) => {
                        const words = bothClocksWords(time, clocks);
                        return { value: String(index), label: `${words.mine} · ${words.theirs}` };
                      })}
                    />
                  )}
                  {!ended && (
                    <div className="mt-2">
                      <CancelMeetingButton
                        meetingId={meeting.id}
                        label={mine ? 'Withdraw these times' : 'None of these work'}
                        question={
                          mine
                            ? `Withdraw these times? ${clocks.otherName} is told.`
                            : `Tell ${clocks.otherName} that none of these times work?`
                        }
                        confirmLabel={mine ? 'Yes, withdraw them' : 'Yes, tell them'}
                      />
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {upcoming.length > 0 && (
        <>
          <h3 className="mb-2 font-medium">Coming up</h3>
          <ul className="mb-4 flex flex-col gap-2" data-testid="meetings-upcoming">
            {upcoming.map((meeting) => (
              <li key={meeting.id} className={card}>
                <BothClocks time={meeting.startsAt!} clocks={clocks} />
                <p className="text-sm text-slate-700">
                  {meeting.durationMinutes} minutes
                  {meeting.videoLink && (
                    <>
                      {' · '}
                      <a href={meeting.videoLink} rel="noopener noreferrer" target="_blank">
                        Video link
                      </a>
                    </>
                  )}
                </p>
                {!ended && (
                  <div className="mt-2 flex flex-col gap-2">
                    <details>
                      <summary className="cursor-pointer text-indigo-800">Move it</summary>
                      <div className="mt-2">
                        <MoveMeetingForm meetingId={meeting.id} zone={clocks.mine} min={min} />
                      </div>
                    </details>
                    <CancelMeetingButton
                      meetingId={meeting.id}
                      label="Cancel the meeting"
                      question={`Cancel this meeting? ${clocks.otherName} is told, and it leaves both your calendars.`}
                      confirmLabel="Yes, cancel it"
                    />
                  </div>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {past.length > 0 && (
        <>
          <h3 className="mb-2 font-medium">Past meetings</h3>
          <ul className="mb-4 flex flex-col gap-2" data-testid="meetings-past">
            {past.map((meeting) => {
              const myNote = meeting.notes.find((note) => note.authorId === viewerId);
              return (
                <li key={meeting.id} className={card}>
                  <BothClocks time={meeting.startsAt!} clocks={clocks} />
                  {meeting.notes.map((note) => (
                    <p key={note.authorId} className="mt-2">
                      <span className="text-sm text-slate-700">
                        {note.authorId === viewerId
                          ? 'Your note'
                          : `${props.names.get(note.authorId)}’s note`}
                        :{' '}
                      </span>
                      <span dir="auto" className="whitespace-pre-line">
                        {note.text}
                      </span>
                    </p>
                  ))}
                  {!ended && (
                    <details className="mt-2">
                      <summary className="cursor-pointer text-indigo-800">
                        {myNote ? 'Change your note' : 'Add a note'}
                      </summary>
                      <div className="mt-2">
                        <MeetingNoteForm meetingId={meeting.id} note={myNote?.text} />
                      </div>
                    </details>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {!ended && (
        <details className="mb-2" open={meetings.length === 0}>
          <summary className="cursor-pointer text-indigo-800">Offer times to meet</summary>
          <div className="mt-3">
            <ProposeMeetingForm
              relationshipId={props.relationshipId}
              zone={clocks.mine}
              other={clocks.otherName}
              min={min}
            />
          </div>
        </details>
      )}
    </>
  );
}
