import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { LeftOutList } from '@/components/programs/runs/left-out-list';
import { timeWords } from '@/components/programs/runs/run-words';
import { requireUser } from '@/lib/server/auth/session';
import { leftOutPage } from '@/lib/server/programs/runs/left-out';
import { findRun } from '@/lib/server/programs/runs/runs';

export const metadata: Metadata = { title: 'Left out by a run' };

/** Left-out goals a page holds: enough to work through, few enough to send at any size. */
const PER_PAGE = 50;

// A page number from the address; anything else is the first page.
const pageSchema = z.preprocess(
  (value) => (Array.isArray(value) ? value[0] : value),
  z.coerce.number().int().min(1).max(1_000_000).catch(1),
);

interface Props {
  params: Promise<{ programId: string; runId: string }>;
  searchParams: Promise<{ page?: string | string[] }>;
}

/** Everyone a run left out, a page at a time, each with why and a way to pair them by hand. */
export default async function LeftOutPage({ params, searchParams }: Props) {
  const [{ programId, runId }, query] = await Promise.all([params, searchParams]);
  const actor = await requireUser();
  const run = await findRun({ actor, runId });
  if (!run || run.programId !== programId || run.status !== 'DONE') notFound();
  const runPath = `/programs/${programId}/runs/${runId}`;
  const shown = await leftOutPage({
    actor,
    runId,
    page: pageSchema.parse(query.page),
    size: PER_PAGE,
  });
  const pageHref = (page: number) => `${runPath}/left-out${page > 1 ? `?page=${page}` : ''}`;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={runPath}>Back to the run of {timeWords(run.createdAt)}</Link>
      </p>
      <h2 className="mb-1 text-lg font-semibold">Who was left out, and why</h2>
      <p className="mb-4 text-sm text-slate-700" data-testid="left-out-count">
        {shown.total} {shown.total === 1 ? 'goal' : 'goals'} got nobody for the help asked.
      </p>
      <LeftOutList rows={shown.rows} runPath={runPath} />
      {shown.pages > 1 && (
        <nav
          aria-label="Pages of who was left out"
          className="mt-4 flex items-center gap-3 text-sm"
        >
          {shown.page > 1 && <Link href={pageHref(shown.page - 1)}>Previous</Link>}
          <span>
            Page {shown.page} of {shown.pages}
          </span>
          {shown.page < shown.pages && <Link href={pageHref(shown.page + 1)}>Next</Link>}
        </nav>
      )}
    </>
  );
}
