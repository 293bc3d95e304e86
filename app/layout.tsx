import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { SiteHeader } from '@/components/layout/site-header';
import { signOutAction } from './(auth)/actions';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Pathfinder', template: '%s · Pathfinder' },
  description: 'Find out whether you need a mentor or a coach, and meet the right people.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:p-2">
          Skip to content
        </a>
        <SiteHeader signOut={signOutAction} />
        <main id="main" className="mx-auto max-w-3xl px-4 py-8">
          {children}
        </main>
      </body>
    </html>
  );
}
