import type { ReactNode } from 'react';

/**
 * The box a chart draws in: an explicit height (recharts measures its parent) and one
 * accessible name for the whole picture. The figures themselves reach screen readers through
 * the table beside each chart, so the drawing is a single image to them.
 */
export function ChartFrame({
  label,
  height = 'h-64',
  children,
}: {
  label: string;
  height?: 'h-56' | 'h-64' | 'h-80' | 'h-96';
  children: ReactNode;
}) {
  return (
    <div role="img" aria-label={label} className={`${height} w-full`}>
      {children}
    </div>
  );
}
