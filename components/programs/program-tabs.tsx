'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';

const TABS = [
  { segment: '', label: 'Overview' },
  { segment: '/people', label: 'People' },
  { segment: '/runs', label: 'Matching runs' },
  { segment: '/health', label: 'Health' },
  { segment: '/audit', label: 'Audit log' },
  { segment: '/settings', label: 'Settings' },
] as const;

/** The sections of one program; the current one is marked for screen readers too. */
export function ProgramTabs({ programId }: { programId: string }) {
  const pathname = usePathname();
  const base = `/programs/${programId}`;
  const current = (segment: string) =>
    segment === '' ? pathname === base : pathname.startsWith(base + segment);
  return (
    <nav aria-label="Program" className="mb-6 border-b border-slate-200">
      <ul className="flex flex-wrap gap-4">
        {TABS.map((tab) => (
          <li key={tab.segment}>
            <Link
              href={base + tab.segment}
              aria-current={current(tab.segment) ? 'page' : undefined}
              className={`inline-block pb-2 no-underline ${
                current(tab.segment)
                  ? 'border-b-2 border-indigo-700 font-semibold text-slate-900'
                  : 'text-slate-700'
              }`}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
