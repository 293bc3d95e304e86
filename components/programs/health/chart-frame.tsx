import type { ReactNode } from 'react';

/** Every chart is drawn this many units wide and scales to its box (the viewBox). */
export const CHART_WIDTH = 360;
/** Text size and line height of the charts' labels, in the drawing's units. */
export const FONT_SIZE = 11;
export const LINE_HEIGHT = 13;

/**
 * The SVG a chart draws in: one accessible name for the whole picture, and a width that
 * follows its box while the height keeps the drawing's proportions. The figures themselves
 * reach screen readers through the table beside each chart, so the drawing is one image.
 */
export function ChartFrame({
  label,
  height,
  children,
}: {
  label: string;
  height: number;
  children: ReactNode;
}) {
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${CHART_WIDTH} ${height}`}
      className="mx-auto block h-auto w-full max-w-md"
      fontSize={FONT_SIZE}
    >
      <title>{label}</title>
      {children}
    </svg>
  );
}
