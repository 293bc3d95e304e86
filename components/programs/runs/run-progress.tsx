'use client';
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

const REFRESH_MS = 1000;

/**
 * A run's progress bar. While the run is under way the page re-reads itself every second
 * (a server refresh, not a reload: nothing typed or scrolled is lost), so the bar moves and
 * the proposals appear the moment the run finishes.
 */
export function RunProgress({ progress, stage }: { progress: number; stage: string }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [router]);
  return (
    <div className="mb-4 flex flex-col gap-2">
      <div
        role="progressbar"
        aria-label="Run progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={progress}
        aria-valuetext={`${progress}%: ${stage}`}
        className="h-3 w-full max-w-xl overflow-hidden rounded bg-slate-200"
      >
        <div className="h-full bg-indigo-700 transition-all" style={{ width: `${progress}%` }} />
      </div>
      <p aria-live="polite" data-testid="run-stage">
        {stage} · {progress}%
      </p>
    </div>
  );
}
