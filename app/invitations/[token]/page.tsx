import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageHeading } from '@/components/layout/page-heading';
import { dateWords } from '@/components/connections/words';
import { requireUser } from '@/lib/server/auth/session';
import {
  findInvitationByToken,
  isInvitationForAnotherAddress,
} from '@/lib/server/outside/list-invitations';
import { invitationPath } from '@/lib/server/outside/token';
import { AcceptInvitationForm, DeclineInvitationButton } from './answer-forms';
import { SentElsewhere } from './sent-elsewhere';

export const metadata: Metadata = { title: 'An invitation' };

const ANSWERED = {
  DECLINED: 'You said no to this invitation. Thank you for answering.',
  WITHDRAWN: 'They withdrew this invitation; there is nothing for you to do.',
  EXPIRED:
    'This invitation has expired. If you would still like to help, ask them to send a new one.',
} as const;

/**
 * What someone invited from outside sees after following their e-mail's link: who asks, the
 * goal and the note, and a yes or a no. No profile is needed for either.
 */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const actor = await requireUser();
  const { token } = await params;
  const invitation = await findInvitationByToken({ actor, token });
  if (!invitation && (await isInvitationForAnotherAddress({ actor, token })))
    return <SentElsewhere email={actor.email} next={invitationPath(token)} />;
  if (!invitation) notFound();
  const kind = invitation.kind === 'MENTOR' ? 'mentor' : 'coach';
  const name = invitation.protege.name;
  return (
    <>
      <PageHeading title={`${name} asks you to be their ${kind}`}>
        {invitation.kind === 'MENTOR'
          ? 'A mentor helps by telling how they walked a path like this one: what it was like, the rules nobody writes down, who else to talk to.'
          : 'A coach helps someone find their own answers, by asking good questions and offering an outside view rather than telling them what to do.'}
      </PageHeading>
      <h2 className="mb-2 text-lg font-semibold">Their goal</h2>
      <blockquote
        className="mb-6 border-l-4 border-indigo-300 pl-4 whitespace-pre-line"
        data-testid="invitation-goal"
        dir="auto"
      >
        {invitation.goal.statement}
      </blockquote>
      <h2 className="mb-2 text-lg font-semibold">Their note to you</h2>
      <p className="mb-6 whitespace-pre-line" data-testid="invitation-note" dir="auto">
        {invitation.note}
      </p>
      {invitation.status === 'OPEN' && (
        <section
          aria-labelledby="answer"
          className="rounded-lg border border-slate-200 bg-white p-5"
        >
          <h2 id="answer" className="mb-1 text-lg font-semibold">
            Your answer
          </h2>
          <p className="mb-4 text-slate-700">
            Saying yes starts an introduction: a page for the two of you, with messages, meetings
            and a guide for {invitation.kind === 'MENTOR' ? 'mentoring' : 'coaching'}. Either of you
            can end it at any time, no reasons needed. Open until {dateWords(invitation.expiresAt)}.
          </p>
          <AcceptInvitationForm
            invitationId={invitation.id}
            name={actor.isGuest ? '' : actor.name}
          />
          <div className="mt-4">
            <DeclineInvitationButton invitationId={invitation.id} name={name} />
          </div>
        </section>
      )}
      {invitation.status === 'ACCEPTED' && (
        <p>
          You said yes.{' '}
          {invitation.relationshipId && (
            <Link href={`/relationships/${invitation.relationshipId}`}>
              Open your relationship with {name}
            </Link>
          )}
        </p>
      )}
      {invitation.status !== 'OPEN' && invitation.status !== 'ACCEPTED' && (
        <p role="status">{ANSWERED[invitation.status]}</p>
      )}
    </>
  );
}
