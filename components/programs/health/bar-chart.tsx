'use client';
/**
 * The dashboard's bar chart: plain bars, grouped bars, a funnel (horizontal bars in order) or
 * a histogram (bars touching). Drawn without animation or keyboard focus: it is a picture of
 * the table that follows it.
 */
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { ChartFrame } from './chart-frame';

export interface Series {
  key: string;
  name: string;
  color: string;
}

export function HealthBarChart({
  label,
  data,
  categoryKey = 'label',
  series,
  horizontal = false,
  histogram = false,
  unit = '',
  height,
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
  height?: 'h-56' | 'h-64' | 'h-80' | 'h-96';
}) {
  const format = (value: unknown) => `${String(value)}${unit}`;
  const categoryAxis = horizontal ? (
    <YAxis type="category" dataKey={categoryKey} width={150} tick={{ fontSize: 12 }} />
  ) : (
    <XAxis type="category" dataKey={categoryKey} tick={{ fontSize: 12 }} interval={0} />
  );
  const valueAxis = horizontal ? (
    <XAxis type="number" allowDecimals={false} tickFormatter={format} />
  ) : (
    <YAxis type="number" allowDecimals={false} tickFormatter={format} width="auto" />
  );
  return (
    <ChartFrame label={label} height={height}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          data={data}
          layout={horizontal ? 'vertical' : 'horizontal'}
          barCategoryGap={histogram ? 1 : '20%'}
          margin={{ top: 20, right: 24, bottom: 4, left: 4 }}
          accessibilityLayer={false}
        >
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          {categoryAxis}
          {valueAxis}
          <Tooltip formatter={format} cursor={{ fill: '#f1f5f9' }} />
          {series.length > 1 && <Legend />}
          {series.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={s.name} fill={s.color} isAnimationActive={false}>
              <LabelList
                dataKey={s.key}
                position={horizontal ? 'right' : 'top'}
                formatter={format}
                fontSize={12}
                fill="#0f172a"
              />
            </Bar>
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
