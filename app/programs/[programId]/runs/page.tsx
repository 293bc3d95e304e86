import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { outsideWindowWords } from '@/lib/core/programs/window';
import { findProgramName } from '@/lib/server/programs/programs';
import { ActionButton } from '@/components/forms/action-button';
import { RUN_STATUS_WORDS, timeWords } from '@/components/programs/runs/run-words';
import { requireUser } from '@/lib/server/auth/session';
import { listRuns } from '@/lib/server/programs/runs/runs';
import { startRunAction } from '@/app/programs/actions';

export const metadata: Metadata = { title: 'Matching runs' };

export default async function RunsPage({ params }: { params: Promise<{ programId: string }> }) {
  const { programId } = await params;
  const actor = await requireUser();
  const [runs, program] = await Promise.all([
    listRuns({ actor, programId }),
    findProgramName({ actor, programId }),
  ]);
  if (!program) notFound();
  // The banner above says why when the program cannot start one.
  const mayStart = !program.archivedAt && outsideWindowWords(program, new Date()) === null;
  return (
    <>
      <p className="mb-3 max-w-2xl text-slate-700">
        A run proposes a mentor and/or a coach for every goal of the program&apos;s people at once,
        the best assignment overall. Nobody is asked anything until you review the proposals and
        publish them.
      </p>
      {mayStart && (
        <div className="mb-6">
          <ActionButton
            action={startRunAction}
            fields={{ programId }}
            label="Start a matching run"
            tone="primary"
          />
        </div>
      )}
      {runs.length === 0 ? (
        <p>No runs yet.</p>
      ) : (
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Matching runs, newest first</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-2">
                Started
              </th>
              <th scope="col">Status</th>
              <th scope="col">Proposals</th>
              <th scope="col">Goals matched</th>
            </tr>
          </thead>
          <tbody>
            {runs.map((run) => (
              <tr key={run.id} className="border-b border-slate-200">
                <td className="py-2">
                  <Link href={`/programs/${programId}/runs/${run.id}`}>
                    {timeWords(run.createdAt)}
                  </Link>
                </td>
                <td>{RUN_STATUS_WORDS[run.status]}</td>
                <td>{run._count.proposals}</td>
                <td>{run.figures ? `${run.figures.goalsMatched} of ${run.figures.goals}` : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
