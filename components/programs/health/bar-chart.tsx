/**
 * The dashboard's bar chart, drawn on the server as SVG (no script reaches the browser for
 * it): plain bars, grouped bars, a funnel (horizontal bars in order) or a histogram (bars
 * touching). A picture of the table that follows it; hovering a bar shows its figure.
 */
import type { Series } from './chart-parts';
import { ColumnBars } from './column-bars';
import { RowBars } from './row-bars';

export type { Series } from './chart-parts';

export function HealthBarChart({
  label,
  data,
  categoryKey = 'label',
  series,
  horizontal = false,
  histogram = false,
  unit = '',
}: {
  label: string;
  data: Record<string, string | number>[];
  categoryKey?: string;
  series: Series[];
  /** Bars run left to right, categories down the side: for long names and funnels. */
  horizontal?: boolean;
  /** Bars touch, as the bins of a histogram do. */
  histogram?: boolean;
  /** Appended to values, e.g. "%". */
  unit?: string;
}) {
  const rows = data.map((datum) => ({
    category: String(datum[categoryKey]),
    values: series.map((s) => Number(datum[s.key] ?? 0)),
  }));
  const format = (value: number) => `${value}${unit}`;
  const chart = { label, rows, series, histogram, format };
  return horizontal ? <RowBars {...chart} /> : <ColumnBars {...chart} />;
}
