import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { HealthDashboard } from '@/components/programs/health/health-dashboard';
import { requireUser } from '@/lib/server/auth/session';
import { programHealth } from '@/lib/server/programs/health/program-health';
import { isoDate } from '@/lib/core/programs/health/tables';

export const metadata: Metadata = { title: 'Program health' };

/** How the program is going, for its admins: charts, their tables, and CSV downloads. */
export default async function ProgramHealthPage({
  params,
}: {
  params: Promise<{ programId: string }>;
}) {
  const { programId } = await params;
  const actor = await requireUser();
  const health = await programHealth({ actor, programId });
  if (!health) notFound();
  return (
    <>
      <h2 className="mb-1 text-xl font-semibold text-slate-900">Health</h2>
      <p className="mb-4 text-sm text-slate-700">
        Figures as of {isoDate(health.asOf)} for the program&apos;s members and the requests and
        relationships of its protégés. Every chart has its table below it, and each table can be
        downloaded as CSV.
      </p>
      {health.participants.members === 0 ? (
        <p className="rounded-md border border-slate-200 bg-white p-4">
          No one has joined this program yet. Once people are enrolled on the{' '}
          <Link href={`/programs/${programId}/people`}>People</Link> tab, their figures show here.
        </p>
      ) : (
        <HealthDashboard health={health} />
      )}
    </>
  );
}
