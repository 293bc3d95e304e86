import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActionButton } from '@/components/forms/action-button';
import { ConfirmButton } from '@/components/forms/confirm-button';
import { Notice } from '@/components/layout/notice';
import { LEFT_OUT_WHY } from '@/components/programs/runs/left-out-list';
import { ManualPairPicker } from '@/components/programs/runs/manual-pair-picker';
import { PersonFacts } from '@/components/programs/runs/person-facts';
import { FitReasons } from '@/components/programs/runs/fit-reasons';
import { PROPOSAL_STATUS_WORDS } from '@/components/programs/runs/run-words';
import { fitInWords } from '@/lib/core/matching/fit-words';
import { requireUser } from '@/lib/server/auth/session';
import { previewManualPair } from '@/lib/server/programs/pairs/manual-pair';
import { findNeedForReview } from '@/lib/server/programs/runs/need-review';
import { kindInUrlSchema } from '@/lib/validation/pairs';
import { decideProposalAction } from '@/app/programs/actions';
import {
  findPairCandidatesAction,
  neverPairAction,
  pairManuallyAction,
} from '@/app/programs/[programId]/pairing/actions';

export const metadata: Metadata = { title: 'Review a pairing' };

interface Props {
  params: Promise<{ programId: string; runId: string; goalId: string; kind: string }>;
  searchParams: Promise<{ with?: string | string[]; paired?: string }>;
}

/**
 * One goal and kind of help of a run, side by side: the protégé and the person proposed (or
 * nobody, for a goal the run left out), the fit's reasons, the decision, "never pair these
 * two", and pairing by hand with anyone the rules allow.
 */
export default async function NeedReviewPage({ params, searchParams }: Props) {
  const [{ programId, runId, goalId, kind: kindInUrl }, query] = await Promise.all([
    params,
    searchParams,
  ]);
  const kind = kindInUrlSchema.safeParse(kindInUrl);
  if (!kind.success) notFound();
  const actor = await requireUser();
  const need = await findNeedForReview({ actor, runId, goalId, kind: kind.data });
  if (!need || need.run.programId !== programId) notFound();
  const { proposal, protege } = need;
  const helper = kind.data === 'MENTOR' ? 'mentor' : 'coach';
  const candidateId = typeof query.with === 'string' && query.with.length <= 64 ? query.with : '';
  const preview = candidateId
    ? await previewManualPair({
        actor,
        need: { runId, goalId, kind: kind.data },
        personId: candidateId,
      }).catch(() => null)
    : null;
  const published = proposal?.status === 'PUBLISHED';
  // Someone other than the run's choice: swapped in, or paired by hand for a goal it left out.
  const chosenByAdmin =
    Boolean(proposal?.swappedFromId) || Boolean(proposal && need.leftOutBecause);
  const pairName = proposal ? `${proposal.supporter.name} and ${protege.name}` : '';
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/programs/${programId}/runs/${runId}`}>Back to the run</Link>
      </p>
      <h2 className="mb-1 text-lg font-semibold">
        <span dir="auto">{protege.name}</span>’s goal, for a {helper}
      </h2>
      <blockquote
        dir="auto"
        className="mb-4 border-l-4 border-slate-300 pl-3 whitespace-pre-line text-slate-800"
      >
        {need.goal.statement}
      </blockquote>
      {query.paired && (
        <Notice>
          Paired and approved. Publish from the run to send the invitation; nothing starts until
          both say yes.
        </Notice>
      )}
      <p className="mb-4" data-testid="need-status">
        {proposal
          ? `${PROPOSAL_STATUS_WORDS[proposal.status]} · ${fitInWords(proposal.score)} (${proposal.score})${chosenByAdmin ? ' · chosen by an admin' : ''}`
          : `Left out by the run. ${need.leftOutBecause ? LEFT_OUT_WHY[need.leftOutBecause].reason : ''}`}
      </p>
      <div className="mb-6 grid gap-4 md:grid-cols-2" data-testid="side-by-side">
        <PersonFacts person={protege} heading="Protégé" />
        {proposal ? (
          <PersonFacts person={proposal.supporter} heading={`Proposed ${helper}`} showOffer />
        ) : (
          <section className="rounded-lg border border-dashed border-slate-300 p-4">
            <p className="font-medium">Nobody proposed</p>
            <p className="text-sm text-slate-700">
              {need.leftOutBecause
                ? LEFT_OUT_WHY[need.leftOutBecause].action
                : 'Pair them by hand below.'}
            </p>
          </section>
        )}
      </div>
      {proposal && (
        <section aria-labelledby="why" className="mb-6">
          <h3 id="why" className="mb-2 font-semibold">
            Why this pair
          </h3>
          <FitReasons reasons={proposal.reasons} />
          {!published && (
            <div className="mt-4 flex flex-wrap items-center gap-4">
              {proposal.status !== 'APPROVED' && (
                <ActionButton
                  action={decideProposalAction}
                  fields={{ proposalId: proposal.id, decision: 'APPROVED' }}
                  label="Approve"
                  context={pairName}
                  tone="primary"
                />
              )}
              {proposal.status !== 'REJECTED' && (
                <ActionButton
                  action={decideProposalAction}
                  fields={{ proposalId: proposal.id, decision: 'REJECTED' }}
                  label="Reject"
                  context={pairName}
                />
              )}
              <ConfirmButton
                action={neverPairAction}
                fields={{ proposalId: proposal.id }}
                label="Never pair these two"
                question={`Never pair ${pairName} in this program? This proposal is rejected, and no run, swap or manual pairing will put them together again until you allow it on the program's page.`}
                confirmLabel="Yes, never pair them"
              />
            </div>
          )}
        </section>
      )}
      {!published && (
        <section aria-labelledby="by-hand" className="rounded-lg border border-slate-200 p-4">
          <h3 id="by-hand" className="mb-1 font-semibold">
            Pair with someone else
          </h3>
          <p className="mb-3 text-sm text-slate-700">
            Anyone in the program who offers this help, as long as every rule allows it: a shared
            language, no reporting line between them, room once waiting invitations are counted, and
            nobody’s request not to be paired.
          </p>
          <ManualPairPicker
            runId={runId}
            goalId={goalId}
            kind={kind.data}
            searchAction={findPairCandidatesAction}
          />
          {candidateId && (
            <div className="mt-4" data-testid="pair-preview">
              {!preview ? (
                <p role="alert" className="text-red-800">
                  That person is not a member of this program.
                </p>
              ) : preview.ok ? (
                <>
                  <p className="mb-2 font-medium">
                    <span dir="auto">{preview.name}</span>: {fitInWords(preview.score)} (
                    {preview.score})
                  </p>
                  <FitReasons reasons={preview.reasons} />
                  <div className="mt-3">
                    <ActionButton
                      action={pairManuallyAction}
                      fields={{ runId, goalId, kind: kind.data, personId: candidateId }}
                      label={`Pair with ${preview.name}`}
                      context={`as ${protege.name}'s ${helper}`}
                      tone="primary"
                    />
                  </div>
                </>
              ) : (
                <p role="alert" className="text-red-800">
                  <span dir="auto">{preview.name}</span> cannot be paired with{' '}
                  <span dir="auto">{protege.name}</span>: {preview.reason}
                </p>
              )}
            </div>
          )}
        </section>
      )}
    </>
  );
}
