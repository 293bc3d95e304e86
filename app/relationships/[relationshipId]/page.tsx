import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import Link from 'next/link';
import { Notice } from '@/components/layout/notice';
import { PageHeading } from '@/components/layout/page-heading';
import { ContactDetails } from '@/components/relationships/contact-details';
import { dateWords, kindWord, RELATIONSHIP_STATE_WORDS } from '@/components/connections/words';
import { requireUser } from '@/lib/server/auth/session';
import { findContactDetails } from '@/lib/server/connections/contact-details';
import { findOwnRelationship } from '@/lib/server/connections/relationships';
import { markReadFor } from '@/lib/server/notifications/notifications';
import { timeZonesOf } from '@/lib/server/meetings/time-zones';
import { listMessages } from '@/lib/server/messages/list-messages';
import { listMeetings } from '@/lib/server/meetings/list-meetings';
import { isMeetingDone, MeetingDoneNotice } from '@/components/meetings/meeting-done';
import { MeetingsSection } from './meetings-section';
import { MessageThread } from '@/components/relationships/message-thread';
import { MessageForm } from './message-form';
import { CheckInForm, EndForm, MarkActiveForm } from './relationship-forms';
import { ClosingQuestionsForm } from './closing-questions-form';
import { findOwnOutcome } from '@/lib/server/relationships/outcomes';
import { findRelationshipGuide } from '@/lib/server/guides/relationship-guide';
import { GuideSection, isGuideDone } from './guide-section';

export const metadata: Metadata = { title: 'Relationship' };

interface Props {
  params: Promise<{ relationshipId: string }>;
  searchParams: Promise<{ started?: string; meeting?: string; guide?: string }>;
}

export default async function RelationshipPage({ params, searchParams }: Props) {
  const actor = await requireUser();
  const [{ relationshipId }, { started, meeting: meetingDone, guide: guideDone }] =
    await Promise.all([params, searchParams]);
  const [relationship, contact, messages, meetings, outcome, guide] = await Promise.all([
    findOwnRelationship({ actor, relationshipId }),
    findContactDetails({ actor, relationshipId }),
    listMessages({ actor, relationshipId }),
    listMeetings({ actor, relationshipId }),
    findOwnOutcome({ actor, relationshipId }),
    findRelationshipGuide({ actor, relationshipId }),
  ]);
  if (!relationship) notFound();
  // Whatever told the reader about this relationship (its messages, its meetings) is read now.
  await Promise.all(
    ['', '#messages', '#meetings'].map((part) =>
      markReadFor({ actor, href: `/relationships/${relationship.id}${part}` }),
    ),
  );
  const { other } = relationship;
  const zones = await timeZonesOf([relationship.protegeId, relationship.supporterId]);
  const myZone = zones.get(actor.id) ?? 'UTC';
  const clocks = { mine: myZone, theirs: zones.get(other.id) ?? 'UTC', otherName: other.name };
  const names = new Map([
    [relationship.protege.id, relationship.protege.name],
    [relationship.supporter.id, relationship.supporter.name],
  ]);
  const ended = relationship.state === 'ENDED';
  return (
    <>
      <PageHeading title={`${kindWord(relationship.kind)} with ${other.name}`} />
      {started && (
        <Notice>
          It has started with an introduction: meet, see whether it works for you both, then mark it
          as under way. Either of you can end it at any time, no blame.
        </Notice>
      )}
      <p className="mb-4">
        <Link href={`/people/${other.id}`}>See {other.name}&apos;s profile</Link>
      </p>
      <p className="mb-4">
        <span className="font-medium">State:</span>{' '}
        <span data-testid="relationship-state">{RELATIONSHIP_STATE_WORDS[relationship.state]}</span>
      </p>
      {contact && <ContactDetails person={contact} />}
      <h2 className="mb-1 font-semibold">The goal</h2>
      {relationship.goal.statement === null ? (
        <p className="mb-4 text-slate-700">
          The goal is shared only while the relationship is under way.
        </p>
      ) : (
        <blockquote
          className="mb-4 border-l-4 border-indigo-300 pl-4 whitespace-pre-line"
          dir="auto"
        >
          {relationship.goal.statement}
        </blockquote>
      )}
      {relationship.focus && (
        <p className="mb-4">
          <span className="font-medium">Agreed focus:</span>{' '}
          <span dir="auto">{relationship.focus}</span>
        </p>
      )}
      {relationship.milestones.length > 0 && (
        <section aria-labelledby="milestones" className="mb-6">
          <h2 id="milestones" className="mb-1 font-semibold">
            Milestones ({relationship.milestones.filter((m) => m.doneAt).length} of{' '}
            {relationship.milestones.length} reached)
          </h2>
          <ol className="list-decimal pl-5 text-sm" data-testid="milestones">
            {relationship.milestones.map((milestone) => (
              <li key={milestone.id}>
                <span dir="auto">{milestone.text}</span>
                {milestone.doneAt ? (
                  <span className="text-emerald-800"> · reached {dateWords(milestone.doneAt)}</span>
                ) : (
                  <span className="text-slate-600"> · still ahead</span>
                )}
              </li>
            ))}
          </ol>
        </section>
      )}
      <h2 className="mb-1 font-semibold">History</h2>
      <ul className="mb-6 list-disc pl-5 text-sm">
        {relationship.events.map((event) => (
          <li key={`${event.state}-${event.at.toISOString()}`}>
            {RELATIONSHIP_STATE_WORDS[event.state]} · {dateWords(event.at)}
            {event.actorId ? ` · ${names.get(event.actorId) ?? ''}` : ''}
          </li>
        ))}
      </ul>
      {!ended && relationship.state === 'INTRO' && (
        <div className="mb-6">
          <MarkActiveForm relationshipId={relationship.id} />
        </div>
      )}
      {guide && (
        <GuideSection
          relationshipId={relationship.id}
          {...guide}
          ended={ended}
          otherName={other.name}
          done={isGuideDone(guideDone) ? guideDone : undefined}
        />
      )}
      <section aria-labelledby="messages" className="mb-8">
        <h2 id="messages" className="mb-2 font-semibold">
          Messages
        </h2>
        <MessageThread messages={messages} viewerId={actor.id} names={names} zone={myZone} />
        {ended ? (
          <p className="text-sm text-slate-700">The relationship has ended: no new messages.</p>
        ) : (
          <MessageForm relationshipId={relationship.id} other={other.name} />
        )}
      </section>
      <section aria-labelledby="meetings" className="mb-8">
        <h2 id="meetings" className="mb-2 font-semibold">
          Meetings
        </h2>
        {isMeetingDone(meetingDone) && <MeetingDoneNotice done={meetingDone} />}
        <MeetingsSection
          relationshipId={relationship.id}
          meetings={meetings}
          viewerId={actor.id}
          names={names}
          clocks={clocks}
          ended={ended}
          now={new Date()}
        />
      </section>
      <section aria-labelledby="check-ins" className="mb-8">
        <h2 id="check-ins" className="mb-2 font-semibold">
          Check-ins
        </h2>
        {relationship.checkIns.length === 0 ? (
          <p className="mb-4">No check-ins yet.</p>
        ) : (
          <ul className="mb-4 flex flex-col gap-2">
            {relationship.checkIns.map((checkIn) => (
              <li key={checkIn.id} className="rounded border border-slate-200 bg-white p-3">
                <p className="text-sm text-slate-700">
                  {names.get(checkIn.authorId)} · {dateWords(checkIn.createdAt)} · going{' '}
                  {checkIn.rating}/5
                </p>
                <p dir="auto" className="whitespace-pre-line">
                  {checkIn.note}
                </p>
              </li>
            ))}
          </ul>
        )}
        {!ended && (
          <CheckInForm
            relationshipId={relationship.id}
            milestonesAhead={relationship.milestones
              .filter((milestone) => !milestone.doneAt)
              .map(({ id, text }) => ({ id, text }))}
          />
        )}
      </section>
      {ended && (
        <section aria-labelledby="closing" className="mb-8" data-testid="closing-questions">
          <h2 id="closing" className="mb-1 font-semibold">
            How did it go?
          </h2>
          <p className="mb-3 text-sm text-slate-700">
            {outcome
              ? 'Thank you: your answers are with the program team. You can change them.'
              : 'Three short questions. They help the program team, and matching learns from them which pairs work.'}
          </p>
          <ClosingQuestionsForm
            relationshipId={relationship.id}
            other={other.name}
            answered={outcome}
          />
        </section>
      )}
      {!ended && (
        <details className="mb-8">
          <summary className="cursor-pointer text-indigo-800">End this relationship</summary>
          <div className="mt-3">
            <EndForm relationshipId={relationship.id} other={other.name} />
          </div>
        </details>
      )}
    </>
  );
}
