import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { ProgramStateBanner } from '@/components/programs/program-state-banner';
import { ProgramTabs } from '@/components/programs/program-tabs';
import { dayWords, outsideWindowWords } from '@/lib/core/programs/window';
import { requireMember } from '@/lib/server/auth/session';
import { findProgramName } from '@/lib/server/programs/programs';

/**
 * Every page of a program: only its admins (and platform admins) get past here; anyone else
 * sees "not found", as if the program did not exist. Admin pages hold wide tables, so they
 * use more of the screen than the reading-width pages of the rest of the product.
 */
export default async function ProgramLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ programId: string }>;
}) {
  const { programId } = await params;
  const actor = await requireMember();
  const program = await findProgramName({ actor, programId });
  if (!program) notFound();
  return (
    <div className="relative left-1/2 w-[min(72rem,calc(100vw-2rem))] -translate-x-1/2">
      <p className="text-sm text-slate-700">Program</p>
      <h1 className="mb-4 text-2xl font-semibold text-slate-900">{program.name}</h1>
      <ProgramTabs programId={programId} />
      <ProgramStateBanner
        archivedOn={program.archivedAt && dayWords(program.archivedAt)}
        outsideWindow={outsideWindowWords(program, new Date())}
      />
      {children}
    </div>
  );
}
