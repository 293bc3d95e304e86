/**
 * The goals a run could not match, each with the reason in words and what the admin can do
 * about it, so unmet needs are people rather than a number.
 */
import Link from 'next/link';
import type { UnmetBecause } from '@/lib/core/matching/cohort/assign';

export interface LeftOutRow {
  goalId: string;
  kind: 'MENTOR' | 'COACH';
  because: UnmetBecause;
  protege: string;
  goal: string;
}

export const LEFT_OUT_WHY: Readonly<Record<UnmetBecause, { reason: string; action: string }>> = {
  'nobody-eligible': {
    reason:
      'Nobody in the program could be proposed: no one offers this help in a language they share, or everyone who does is in their reporting line or asked not to be paired.',
    action: 'Recruit a mentor or coach for this, or allow pairs across organisations.',
  },
  'no-room': {
    reason:
      'People who fit had no free place left: the run gave their places to goals they fit better.',
    action: 'Ask those who fit to raise their capacity, or recruit one more supporter.',
  },
};

const KIND = { MENTOR: 'a mentor', COACH: 'a coach' } as const;

export function LeftOutList({ rows, runPath }: { rows: LeftOutRow[]; runPath: string }) {
  if (rows.length === 0)
    return <p className="text-sm">Every goal got the help it asked for in this run.</p>;
  return (
    <ul className="flex flex-col gap-3" data-testid="left-out">
      {rows.map((row) => (
        <li key={`${row.goalId}-${row.kind}`} className="rounded border border-slate-200 p-3">
          <p className="font-medium">
            {row.protege} wanted {KIND[row.kind]}
          </p>
          <p className="text-sm whitespace-pre-line text-slate-700">{row.goal}</p>
          <p className="mt-1 text-sm">{LEFT_OUT_WHY[row.because].reason}</p>
          <p className="text-sm text-slate-700">
            What you can do: {LEFT_OUT_WHY[row.because].action}
          </p>
          <Link
            className="text-sm"
            href={`${runPath}/needs/${row.goalId}/${row.kind === 'MENTOR' ? 'mentor' : 'coach'}`}
          >
            Pair by hand<span className="sr-only"> for {row.protege}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
