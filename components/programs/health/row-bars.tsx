/**
 * Bars running left to right from their categories down the side: for long names and for a
 * funnel read top to bottom. Each category's series sit one under the other.
 */
import {
  bands,
  countTicks,
  linearScale,
  wrapLabel,
} from '@/lib/core/programs/health/chart-geometry';
import { CHART_WIDTH, ChartFrame, FONT_SIZE, LINE_HEIGHT } from './chart-frame';
import { GridLine, Legend, Lines, legendHeight, type BarChartProps } from './chart-parts';

const LABEL_WIDTH = 120;
const TOP = 6;
const BAR = 12;
/** Room after the longest bar for its value. */
const VALUE_ROOM = 34;
const CATEGORY_LINES = 2;

export function RowBars({ label, rows, series, format }: BarChartProps) {
  const ticks = countTicks(Math.max(0, ...rows.flatMap((r) => r.values)));
  const left = LABEL_WIDTH + 8;
  const right = CHART_WIDTH - VALUE_ROOM;
  const slot = Math.max(series.length * BAR + 8, CATEGORY_LINES * LINE_HEIGHT + 6);
  const bottom = TOP + rows.length * slot;
  const height = bottom + 6 + LINE_HEIGHT + legendHeight(series) + 4;
  const x = linearScale([0, ticks.at(-1)!], [left, right]);
  const categories = bands(rows.length, [TOP, bottom], 0);
  return (
    <ChartFrame label={label} height={height}>
      {ticks.map((tick) => (
        <g key={tick}>
          <GridLine x1={x(tick)} x2={x(tick)} y1={TOP} y2={bottom} />
          <text
            x={x(tick)}
            y={bottom + 6 + FONT_SIZE}
            textAnchor="middle"
            className="fill-slate-700"
          >
            {format(tick)}
          </text>
        </g>
      ))}
      {rows.map((row, r) => {
        const start = categories.at(r);
        const lines = wrapLabel(row.category, LABEL_WIDTH, FONT_SIZE, CATEGORY_LINES);
        const middle = start + slot / 2;
        const first = series.length * BAR;
        return (
          <g key={row.category}>
            <Lines
              lines={lines}
              x={LABEL_WIDTH}
              y={middle - ((lines.length - 1) * LINE_HEIGHT) / 2 + FONT_SIZE * 0.32}
              anchor="end"
            />
            {series.map((s, i) => {
              const value = row.values[i]!;
              const top = middle - first / 2 + i * BAR;
              return (
                <g key={s.key}>
                  <rect
                    x={left}
                    y={top + 1}
                    width={x(value) - left}
                    height={BAR - 2}
                    fill={s.color}
                  >
                    <title>{`${row.category}, ${s.name}: ${format(value)}`}</title>
                  </rect>
                  <text x={x(value) + 4} y={top + BAR / 2} dy="0.32em" className="fill-slate-900">
                    {format(value)}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
      <line x1={left} x2={left} y1={TOP} y2={bottom} className="stroke-slate-400" />
      <Legend series={series} x={left} y={height - legendHeight(series) / 2} />
    </ChartFrame>
  );
}
