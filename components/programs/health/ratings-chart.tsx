'use client';
/** Mean check-in rating per week as a line on the 1-5 scale; a week without check-ins is a gap. */
import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { ChartFrame } from './chart-frame';

export function RatingsChart({
  label,
  data,
}: {
  label: string;
  data: { week: string; meanRating: number | null }[];
}) {
  return (
    <ChartFrame label={label}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart
          data={data}
          margin={{ top: 12, right: 24, bottom: 4, left: 4 }}
          accessibilityLayer={false}
        >
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="week" tick={{ fontSize: 12 }} minTickGap={16} />
          <YAxis domain={[1, 5]} ticks={[1, 2, 3, 4, 5]} width={32} />
          <Tooltip />
          <Line
            type="monotone"
            dataKey="meanRating"
            name="Mean rating"
            stroke="#4338ca"
            strokeWidth={2}
            dot={{ r: 3 }}
            connectNulls={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
