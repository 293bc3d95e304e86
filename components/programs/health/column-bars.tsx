/**
 * Bars standing on their categories, side by side when there are several series; touching
 * when they are the bins of a histogram. Category names wrap under their bars.
 */
import {
  bands,
  countTicks,
  linearScale,
  textWidth,
  wrapLabel,
} from '@/lib/core/programs/health/chart-geometry';
import { CHART_WIDTH, ChartFrame, FONT_SIZE, LINE_HEIGHT } from './chart-frame';
import { GridLine, Legend, Lines, legendHeight, type BarChartProps } from './chart-parts';

const PLOT_HEIGHT = 170;
const TOP = 18;
const RIGHT = 8;
const CATEGORY_LINES = 3;

export function ColumnBars({ label, rows, series, histogram, format }: BarChartProps) {
  const ticks = countTicks(Math.max(0, ...rows.flatMap((r) => r.values)));
  const tickWidth = Math.max(...ticks.map((t) => textWidth(format(t), FONT_SIZE)));
  const left = Math.ceil(tickWidth) + 10;
  const bottom = TOP + PLOT_HEIGHT;
  const height = bottom + 8 + CATEGORY_LINES * LINE_HEIGHT + legendHeight(series) + 4;
  const y = linearScale([0, ticks.at(-1)!], [bottom, TOP]);
  const categories = bands(rows.length, [left, CHART_WIDTH - RIGHT], histogram ? 0.02 : 0.2);
  return (
    <ChartFrame label={label} height={height}>
      {ticks.map((tick) => (
        <g key={tick}>
          <GridLine x1={left} x2={CHART_WIDTH - RIGHT} y1={y(tick)} y2={y(tick)} />
          <text x={left - 6} y={y(tick)} dy="0.32em" textAnchor="end" className="fill-slate-700">
            {format(tick)}
          </text>
        </g>
      ))}
      {rows.map((row, r) => {
        const start = categories.at(r);
        const bars = bands(series.length, [start, start + categories.width], 0);
        return (
          <g key={row.category}>
            {series.map((s, i) => {
              const value = row.values[i]!;
              const x = bars.at(i);
              return (
                <g key={s.key}>
                  <rect
                    x={x}
                    y={y(value)}
                    width={bars.width}
                    height={bottom - y(value)}
                    fill={s.color}
                  >
                    <title>{`${row.category}, ${s.name}: ${format(value)}`}</title>
                  </rect>
                  <text
                    x={x + bars.width / 2}
                    y={y(value) - 4}
                    textAnchor="middle"
                    className="fill-slate-900"
                  >
                    {format(value)}
                  </text>
                </g>
              );
            })}
            <Lines
              lines={wrapLabel(row.category, categories.slot - 2, FONT_SIZE, CATEGORY_LINES)}
              x={start + categories.width / 2}
              y={bottom + 8 + FONT_SIZE}
              anchor="middle"
            />
          </g>
        );
      })}
      <line
        x1={left}
        x2={CHART_WIDTH - RIGHT}
        y1={bottom}
        y2={bottom}
        className="stroke-slate-400"
      />
      <Legend series={series} x={left} y={height - legendHeight(series) / 2} />
    </ChartFrame>
  );
}
