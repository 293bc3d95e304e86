'use client';
/**
 * A link of the main navigation that marks the section the page belongs to (for screen readers
 * as the current page). A client component: the header sits in the root layout, which stays on
 * screen across navigations, so only the browser knows the page it is on now.
 */
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';

export function NavLink(props: { href: string; children: ReactNode; 'data-testid'?: string }) {
  const { href, children, ...rest } = props;
  const path = usePathname();
  const current = path === href || path.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      aria-current={current ? 'page' : undefined}
      className={current ? 'font-semibold text-slate-900 underline decoration-2' : undefined}
      {...rest}
    >
      {children}
    </Link>
  );
}
