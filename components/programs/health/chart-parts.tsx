/**
 * Pieces the health charts share: dashed grid lines, a label of several lines, and the
 * legend naming each series' colour.
 */
import { rowStarts, textWidth } from '@/lib/core/programs/health/chart-geometry';
import { FONT_SIZE, LINE_HEIGHT } from './chart-frame';

export interface Series {
  key: string;
  name: string;
  color: string;
}

/** What a bar chart draws: one value per series for each category, in order. */
export interface BarChartProps {
  label: string;
  rows: { category: string; values: number[] }[];
  series: Series[];
  histogram: boolean;
  format: (value: number) => string;
}

export function GridLine({ x1, y1, x2, y2 }: { x1: number; y1: number; x2: number; y2: number }) {
  return (
    <line x1={x1} y1={y1} x2={x2} y2={y2} className="stroke-slate-200" strokeDasharray="3 3" />
  );
}

/** Lines of text under one another, the first at `y`. */
export function Lines({
  lines,
  x,
  y,
  anchor,
}: {
  lines: string[];
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}) {
  return (
    <text x={x} y={y} textAnchor={anchor} className="fill-slate-700">
      {lines.map((line, index) => (
        <tspan key={index} x={x} dy={index === 0 ? 0 : LINE_HEIGHT}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** How tall the legend is drawn: nothing for a single series, which the chart's name says. */
export const legendHeight = (series: readonly Series[]) => (series.length > 1 ? 22 : 0);

const SWATCH = 10;
const SPACE = 16;

/** A row of colour swatches and series names, centred at `y`. */
export function Legend({ series, x, y }: { series: readonly Series[]; x: number; y: number }) {
  if (series.length < 2) return null;
  const widths = series.map((s) => SWATCH + 4 + textWidth(s.name, FONT_SIZE));
  const starts = rowStarts(widths, x, SPACE);
  return (
    <g>
      {series.map((s, index) => {
        const left = starts[index]!;
        return (
          <g key={s.key}>
            <rect x={left} y={y - SWATCH / 2} width={SWATCH} height={SWATCH} fill={s.color} />
            <text x={left + SWATCH + 4} y={y} dy="0.32em" className="fill-slate-700">
              {s.name}
            </text>
          </g>
        );
      })}
    </g>
  );
}
