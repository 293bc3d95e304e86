import Link from 'next/link';
import { Notice } from '@/components/layout/notice';
import { dateWords } from '@/components/connections/words';
import type { Actor } from '@/lib/server/auth/session';
import { listOutsideInvitations } from '@/lib/server/outside/list-invitations';
import { OutsideInviteForm } from './outside-invite-form';
import { WithdrawInvitationButton } from './withdraw-invitation-button';

const STATUS_WORDS = {
  OPEN: 'waiting for an answer',
  ACCEPTED: 'accepted',
  DECLINED: 'declined',
  WITHDRAWN: 'withdrawn',
  EXPIRED: 'expired',
} as const;

/**
 * The goal page's "invite someone from outside": the form, and the invitations sent for this
 * goal with what became of each. Open ones can be withdrawn, after a question.
 */
export async function OutsideInvitations({
  actor,
  goalId,
  kind,
  justSent,
}: {
  actor: Actor;
  goalId: string;
  kind: 'MENTOR' | 'COACH';
  justSent: boolean;
}) {
  const invitations = await listOutsideInvitations({ actor, goalId });
  return (
    <section
      id="outside"
      aria-labelledby="outside-heading"
      className="mb-8 rounded-lg border border-slate-200 bg-white p-5"
    >
      <h2 id="outside-heading" className="mb-1 text-lg font-semibold">
        Invite someone from outside
      </h2>
      <p className="mb-4 text-slate-700">
        Someone from outside your organisation often sees furthest: a former manager, someone you
        met at a conference. They need no account; they get an e-mail with your note and a link to
        say yes or no.
      </p>
      {justSent && (
        <Notice>
          Your invitation is on its way. You will hear here and by e-mail when they answer.
        </Notice>
      )}
      <OutsideInviteForm goalId={goalId} kind={kind} />
      <h3 className="mt-6 mb-2 font-semibold">Invitations you sent</h3>
      {invitations.length === 0 ? (
        <p>None yet.</p>
      ) : (
        <ul className="flex flex-col gap-2" data-testid="outside-invitations">
          {invitations.map((invitation) => (
            <li key={invitation.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
              <span>
                {invitation.inviteeEmail} as your{' '}
                {invitation.kind === 'MENTOR' ? 'mentor' : 'coach'} ·{' '}
                {STATUS_WORDS[invitation.status]} · sent {dateWords(invitation.createdAt)}
              </span>
              {invitation.relationshipId && (
                <Link href={`/relationships/${invitation.relationshipId}`}>Open relationship</Link>
              )}
              {invitation.status === 'OPEN' && (
                <WithdrawInvitationButton
                  invitationId={invitation.id}
                  email={invitation.inviteeEmail}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
