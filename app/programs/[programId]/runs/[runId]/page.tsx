import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActionButton } from '@/components/forms/action-button';
import { Notice } from '@/components/layout/notice';
import { FitBandForm } from '@/components/programs/runs/fit-band-form';
import { ReviewTable, type ReviewRow } from '@/components/programs/runs/review-table';
import { RunFiguresList } from '@/components/programs/runs/run-figures';
import { RunProgress } from '@/components/programs/runs/run-progress';
import { RUN_STATUS_WORDS, timeWords } from '@/components/programs/runs/run-words';
import { requireUser } from '@/lib/server/auth/session';
import { RUN_STAGE_WORDS, type RunStage } from '@/lib/core/programs/runs/progress';
import { isReplacedByNewerRun } from '@/lib/server/programs/runs/review';
import { reviewPage } from '@/lib/server/programs/runs/review-page';
import { readReviewQuery, reviewHref } from '@/lib/core/programs/runs/review-query';
import { leftOutPage } from '@/lib/server/programs/runs/left-out';
import { LeftOutList } from '@/components/programs/runs/left-out-list';
import { findRun, type CancelOutcome } from '@/lib/server/programs/runs/runs';
import { findProgramName } from '@/lib/server/programs/programs';
import { outsideWindowWords } from '@/lib/core/programs/window';
import {
  approveAboveAction,
  rejectBelowAction,
  cancelRunAction,
  decideProposalAction,
  decideTickedAction,
  publishRunAction,
  swapProposalAction,
} from '@/app/programs/actions';

export const metadata: Metadata = { title: 'Matching run' };

/** The first few left out, shown here; the rest on a page of their own. */
const LEFT_OUT_SHOWN = 10;

interface Props {
  params: Promise<{ programId: string; runId: string }>;
  searchParams: Promise<{
    published?: string;
    refused?: string;
    cancel?: string;
    /** The review's page, filters and sort (review-query.ts). */
    [review: string]: string | string[] | undefined;
  }>;
}

const CANCEL_WORDS: Record<CancelOutcome, string> = {
  stopped: 'Cancelled before a worker began it. Nothing was written.',
  stopping: 'Cancelled. The run stops within a second and writes no proposals.',
  'too-late':
    'Too late to cancel: the run had already finished. Its proposals are below to review; nothing is sent until you publish.',
};

export default async function RunPage({ params, searchParams }: Props) {
  const [{ programId, runId }, outcome] = await Promise.all([params, searchParams]);
  const actor = await requireUser();
  const [run, program] = await Promise.all([
    findRun({ actor, runId }),
    findProgramName({ actor, programId }),
  ]);
  if (!run || !program) notFound();
  const archived = program.archivedAt !== null;
  const outsideWindow = outsideWindowWords(program, new Date());
  const underWay = run.status === 'QUEUED' || run.status === 'RUNNING';
  const query = readReviewQuery(outcome);
  const review = run.status === 'DONE' ? await reviewPage({ actor, runId, query }) : null;
  const rows: ReviewRow[] = (review?.rows ?? []).map((proposal) => ({
    id: proposal.id,
    protege: proposal.protege.name,
    goal: proposal.goal.statement,
    kind: proposal.kind === 'MENTOR' ? 'MENTOR' : 'COACH',
    supporter: proposal.supporter.name,
    score: proposal.score,
    reasons: proposal.reasons,
    alternatives: proposal.alternatives,
    status: proposal.status,
    swapped: proposal.swappedFromId !== null,
    href: `/programs/${programId}/runs/${runId}/needs/${proposal.goal.id}/${proposal.kind === 'MENTOR' ? 'mentor' : 'coach'}`,
  }));
  const approved = review?.approved ?? 0;
  const toReview = review?.scoresToReview ?? [];
  const runPath = `/programs/${programId}/runs/${runId}`;
  const replaced = run.status === 'DONE' && (await isReplacedByNewerRun(run));
  const leftOut =
    run.status === 'DONE'
      ? await leftOutPage({ actor, runId, page: 1, size: LEFT_OUT_SHOWN })
      : { rows: [], total: 0 };
  return (
    <>
      <h2 className="mb-1 text-lg font-semibold">Run of {timeWords(run.createdAt)}</h2>
      <p className="mb-4" data-testid="run-status">
        {RUN_STATUS_WORDS[run.status]}
        {run.cancelRequestedAt && underWay && ' · stopping…'}
      </p>
      {underWay && (
        <>
          <RunProgress
            progress={run.progress}
            stage={RUN_STAGE_WORDS[run.stage as RunStage] ?? run.stage}
          />
          <ActionButton action={cancelRunAction} fields={{ runId }} label="Cancel this run" />
        </>
      )}
      {run.error && (
        <p role="alert" className="text-red-800">
          {run.error}
        </p>
      )}
      {outcome.cancel && outcome.cancel in CANCEL_WORDS && (
        <Notice>{CANCEL_WORDS[outcome.cancel as CancelOutcome]}</Notice>
      )}
      {outcome.published !== undefined && (
        <Notice>
          Published {outcome.published} invitation{outcome.published === '1' ? '' : 's'}. Each pair
          is asked; nothing starts until both say yes.
          {outcome.refused &&
            outcome.refused !== '0' &&
            ` ${outcome.refused} could not be sent; the audit log says why.`}
        </Notice>
      )}
      {run.status === 'DONE' && run.figures && (
        <>
          <RunFiguresList figures={run.figures} />
          <details className="my-6 rounded-lg border border-slate-200 bg-white p-4">
            <summary className="cursor-pointer font-medium">
              Who was left out, and why ({leftOut.total})
            </summary>
            <div className="mt-3">
              <LeftOutList rows={leftOut.rows} runPath={runPath} />
              {leftOut.total > leftOut.rows.length && (
                <p className="mt-3 text-sm">
                  <Link href={`${runPath}/left-out`}>See all {leftOut.total} left out</Link>
                </p>
              )}
            </div>
          </details>
          <section aria-labelledby="review" className="flex flex-col gap-6">
            <div className="flex flex-wrap items-baseline justify-between gap-3">
              <h2 id="review" className="text-lg font-semibold">
                Review the proposals
              </h2>
              <a href={`/programs/${programId}/runs/${runId}/proposals.csv`} download>
                Download the proposals (CSV)
              </a>
            </div>
            {archived ? (
              <p className="text-sm">
                The program is archived: its proposals can no longer change.
              </p>
            ) : (
              <div className="flex flex-wrap items-end gap-8">
                <FitBandForm
                  band="approve-above"
                  runId={runId}
                  action={approveAboveAction}
                  scoresToReview={toReview}
                />
                <FitBandForm
                  band="reject-below"
                  runId={runId}
                  action={rejectBelowAction}
                  scoresToReview={toReview}
                />
                <div className="flex flex-col gap-2">
                  {replaced ? (
                    <p className="text-sm" data-testid="run-replaced">
                      A newer run has replaced this one, so its proposals can no longer be
                      published. Publish from the latest run.
                    </p>
                  ) : outsideWindow && approved > 0 ? (
                    <p className="text-sm" data-testid="outside-window">
                      {approved} approved. {outsideWindow}
                    </p>
                  ) : approved === 0 ? (
                    <p className="text-sm">
                      Nothing approved yet. Approve proposals to publish them as invitations.
                    </p>
                  ) : (
                    <>
                      <p className="text-sm">
                        {approved} approved, not yet published. Publishing asks both people of each
                        pair; nothing starts unless both say yes.
                      </p>
                      <ActionButton
                        action={publishRunAction}
                        fields={{ runId }}
                        label={`Publish ${approved} approved`}
                        tone="primary"
                      />
                    </>
                  )}
                </div>
              </div>
            )}
            <ReviewTable
              // A new page, filter or sort starts with nothing ticked.
              key={reviewHref('', query, { page: review?.page ?? 1 })}
              runId={runId}
              rows={rows}
              paging={{
                path: runPath,
                query,
                page: review?.page ?? 1,
                pages: review?.pages ?? 1,
                matching: review?.matching ?? 0,
                total: review?.total ?? 0,
              }}
              actions={{
                decide: decideProposalAction,
                swap: swapProposalAction,
                decideTicked: decideTickedAction,
              }}
            />
          </section>
        </>
      )}
    </>
  );
}
