/**
 * Mean check-in rating per week as a line on the 1-5 scale, drawn on the server; a week without
 * check-ins is a gap in the line. Week labels are thinned so that none overlaps the next.
 */
import {
  linearScale,
  textWidth,
  thinLabels,
  unbrokenRuns,
} from '@/lib/core/programs/health/chart-geometry';
import { CHART_WIDTH, ChartFrame, FONT_SIZE } from './chart-frame';
import { GridLine } from './chart-parts';
import { COLORS } from './colors';

const RATINGS = [1, 2, 3, 4, 5];
const TOP = 10;
const PLOT_HEIGHT = 170;
/** Room for the rating ticks, and for half a week label at either end. */
const LEFT = 40;
const RIGHT = 32;
const MIN_LABEL_GAP = 16;

export function RatingsChart({
  label,
  data,
}: {
  label: string;
  data: { week: string; meanRating: number | null }[];
}) {
  const bottom = TOP + PLOT_HEIGHT;
  const height = bottom + 8 + FONT_SIZE + 6;
  const y = linearScale([1, 5], [bottom, TOP]);
  const last = Math.max(1, data.length - 1);
  // One week alone sits in the middle; more spread from edge to edge.
  const x = (index: number) =>
    data.length === 1
      ? (LEFT + CHART_WIDTH - RIGHT) / 2
      : linearScale([0, last], [LEFT, CHART_WIDTH - RIGHT])(index);
  const slot = (CHART_WIDTH - LEFT - RIGHT) / last;
  const labelled = thinLabels(data.length, slot, textWidth('2026-12-07', FONT_SIZE), MIN_LABEL_GAP);
  const runs = unbrokenRuns(data.map((w) => w.meanRating));
  const color = COLORS[0];
  return (
    <ChartFrame label={label} height={height}>
      {RATINGS.map((rating) => (
        <g key={rating}>
          <GridLine x1={LEFT} x2={CHART_WIDTH - RIGHT} y1={y(rating)} y2={y(rating)} />
          <text x={LEFT - 16} y={y(rating)} dy="0.32em" textAnchor="end" className="fill-slate-700">
            {rating}
          </text>
        </g>
      ))}
      {labelled.map((index) => (
        <text
          key={index}
          x={x(index)}
          y={bottom + 8 + FONT_SIZE}
          textAnchor="middle"
          className="fill-slate-700"
        >
          {data[index]!.week}
        </text>
      ))}
      {runs.map((run) => (
        <polyline
          key={run[0]!.index}
          points={run.map((p) => `${x(p.index)},${y(p.value)}`).join(' ')}
          fill="none"
          stroke={color}
          strokeWidth={2}
        />
      ))}
      {runs.flat().map((p) => (
        <circle
          key={p.index}
          cx={x(p.index)}
          cy={y(p.value)}
          r={3}
          fill="white"
          stroke={color}
          strokeWidth={2}
        >
          <title>{`Week of ${data[p.index]!.week}: mean rating ${p.value}`}</title>
        </circle>
      ))}
    </ChartFrame>
  );
}
