import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActionButton } from '@/components/forms/action-button';
import { Avatar } from '@/components/people/avatar';
import { Notice } from '@/components/layout/notice';
import { PageHeading } from '@/components/layout/page-heading';
import { dateWords, kindWord, REQUEST_STATUS_WORDS } from '@/components/connections/words';
import { requireUser } from '@/lib/server/auth/session';
import { findOwnRequest } from '@/lib/server/connections/requests';
import { markReadFor } from '@/lib/server/notifications/notifications';
import {
  acceptRequestAction,
  blockPersonAction,
  declineRequestAction,
  withdrawRequestAction,
} from '@/app/connections/actions';
import { AnswerDetailForm, AskDetailForm } from './detail-forms';

export const metadata: Metadata = { title: 'Request' };

interface Props {
  params: Promise<{ requestId: string }>;
  searchParams: Promise<{ sent?: string; accepted?: string }>;
}

export default async function RequestPage({ params, searchParams }: Props) {
  const actor = await requireUser();
  const [{ requestId }, { sent, accepted }] = await Promise.all([params, searchParams]);
  const request = await findOwnRequest({ actor, requestId });
  if (request) await markReadFor({ actor, href: `/requests/${request.id}` });
  if (!request) notFound();
  const { other } = request;
  const open = request.status === 'OPEN';
  const invitation = request.origin === 'PROGRAM';
  return (
    <>
      <PageHeading
        title={
          invitation
            ? `${request.program?.name ?? 'Your program'} suggests ${kindWord(request.kind)} with ${other.name}`
            : request.origin === 'SUPPORTER'
              ? request.youReceived
                ? `${request.supporter.name} offers ${kindWord(request.kind)}`
                : `Your offer to ${other.name}`
              : request.youReceived
                ? `${request.protege.name} asks for ${kindWord(request.kind)}`
                : `Your request to ${other.name}`
        }
      />
      {sent && <Notice>Sent. We will tell you as soon as {other.name} answers.</Notice>}
      {accepted && open && (
        <Notice>You said yes. It starts as soon as {other.name} says yes too.</Notice>
      )}
      {invitation && open && (
        <p className="mb-4 text-slate-700">
          The program&apos;s admins proposed this pairing. Nothing starts unless you both say yes,
          and either of you can say no without giving a reason.
        </p>
      )}
      {other.id !== null && (
        <p className="mb-4 flex items-center gap-3">
          <Avatar id={other.id} name={other.name} />
          <Link href={`/people/${other.id}`} dir="auto">
            See {other.name}&apos;s profile
          </Link>
        </p>
      )}
      <dl className="mb-6 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
        <dt className="font-medium text-slate-700">Status</dt>
        <dd data-testid="request-status">{REQUEST_STATUS_WORDS[request.status]}</dd>
        <dt className="font-medium text-slate-700">Sent</dt>
        <dd>{dateWords(request.createdAt)}</dd>
        {open && (
          <>
            <dt className="font-medium text-slate-700">Open until</dt>
            <dd>{dateWords(request.expiresAt)}</dd>
          </>
        )}
      </dl>
      {/* The goal reaches the other side only while this request or its relationship is live. */}
      <h2 className="mb-1 font-semibold">The goal</h2>
      {request.goal.statement === null ? (
        <p className="mb-4 text-slate-700" data-testid="goal-not-shared">
          {open
            ? `${other.name} shares this goal only with people they say yes to.`
            : 'The goal is shared only while a request or relationship about it is under way.'}
        </p>
      ) : (
        <blockquote
          className="mb-4 border-l-4 border-indigo-300 pl-4 whitespace-pre-line"
          data-testid="request-goal"
          dir="auto"
        >
          {request.goal.statement}
        </blockquote>
      )}
      <h2 className="mb-1 font-semibold">The note</h2>
      <p className="mb-6 whitespace-pre-line">{request.note}</p>
      {request.detailQuestion && (
        <>
          <h2 className="mb-1 font-semibold">Question</h2>
          <p className="mb-4 whitespace-pre-line">{request.detailQuestion}</p>
        </>
      )}
      {request.detailAnswer && (
        <>
          <h2 className="mb-1 font-semibold">Answer</h2>
          <p className="mb-6 whitespace-pre-line">{request.detailAnswer}</p>
        </>
      )}
      {request.relationship && (
        <p className="mb-6">
          <Link href={`/relationships/${request.relationship.id}`}>Go to the relationship</Link>
        </p>
      )}
      {open && invitation && request.youAccepted && (
        <p className="mb-6" data-testid="waiting-for-other">
          You said yes; waiting for {other.name}.
        </p>
      )}
      {open && request.youReceived && !request.youAccepted && (
        <div className="mb-6 flex flex-col gap-4">
          <div className="flex flex-wrap gap-3">
            <ActionButton
              action={acceptRequestAction}
              fields={{ requestId: request.id }}
              label="Accept"
              tone="primary"
            />
            <ActionButton
              action={declineRequestAction}
              fields={{ requestId: request.id }}
              label="Decline"
            />
          </div>
          <p className="text-sm text-slate-700">
            Declining needs no reason; {other.name} will only hear that you can&apos;t take it on.
          </p>
          {!request.detailQuestion && !invitation && (
            <details>
              <summary className="cursor-pointer text-indigo-800">
                Ask for more detail first
              </summary>
              <div className="mt-3">
                <AskDetailForm requestId={request.id} />
              </div>
            </details>
          )}
        </div>
      )}
      {open && !request.youReceived && (
        <div className="mb-6 flex flex-col gap-4">
          {request.detailQuestion && !request.detailAnswer && (
            <AnswerDetailForm requestId={request.id} />
          )}
          <ActionButton
            action={withdrawRequestAction}
            fields={{ requestId: request.id }}
            label="Withdraw this request"
          />
        </div>
      )}
      {other.id !== null && (
        <details className="mt-8">
          <summary className="cursor-pointer text-sm text-slate-700">Block {other.name}</summary>
          <p className="my-2 text-sm">
            Ends anything open between you; you will never be suggested to each other again. They
            are not told why.
          </p>
          <ActionButton
            action={blockPersonAction}
            fields={{ personId: other.id }}
            label={`Block ${other.name}`}
            tone="danger"
          />
        </details>
      )}
    </>
  );
}
