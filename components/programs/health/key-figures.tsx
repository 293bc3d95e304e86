import type { ProgramHealth } from '@/lib/core/programs/health/types';

/** The few numbers an admin looks for first, above the charts. */
export function KeyFigures({ health }: { health: ProgramHealth }) {
  const { participants, funnel, timeToAccept, utilisation, needsALook } = health;
  const figures = [
    { label: 'Members', value: participants.members },
    { label: 'Requests accepted', value: funnel.accepted },
    { label: 'Relationships under way', value: funnel.active },
    {
      label: 'Median days to a yes',
      value: timeToAccept.medianDays === null ? '–' : timeToAccept.medianDays,
    },
    { label: 'Places taken', value: `${utilisation.placesTaken} of ${utilisation.placesOffered}` },
    { label: 'Need a look', value: needsALook.total },
  ];
  return (
    <dl className="mb-6 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
      {figures.map((f) => (
        <div key={f.label} className="rounded-md border border-slate-200 bg-white p-3">
          <dt className="text-sm text-slate-700">{f.label}</dt>
          <dd className="text-2xl font-semibold text-slate-900 tabular-nums">{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}
