import type { RunFigures } from '@/lib/server/programs/runs/figures';
import { percent } from './run-words';

/** What a finished run achieved, in the order an admin asks: who got help, who did not, why. */
export function RunFiguresList({ figures }: { figures: RunFigures }) {
  const rows: [string, string][] = [
    ['Goals matched', `${figures.goalsMatched} of ${figures.goals}`],
    ['Needs met (a "both" goal has two)', `${figures.needsMet} of ${figures.needs}`],
    ['Unmet: nobody eligible', String(figures.unmet.nobodyEligible)],
    ['Unmet: no free place left', String(figures.unmet.noRoom)],
    ['Across functions', percent(figures.crossFunctionShare)],
    ['Across organisations', percent(figures.crossOrganisationShare)],
    ['Mean fit', `${figures.meanFit} / 1000`],
    [
      'Supporters proposed',
      `${figures.supporters.proposed} of ${figures.supporters.offering}, ${figures.supporters.placesProposed} of ${figures.supporters.places} free places`,
    ],
    [
      'Supporters by number of proposals',
      figures.loadHistogram.map((count, load) => `${load}: ${count}`).join(' · '),
    ],
    [
      'Certified optimal',
      figures.optimal ? `yes (${figures.eligiblePairs.toLocaleString('en')} pairs checked)` : 'no',
    ],
    ['Took', `${figures.seconds.toFixed(1)} s`],
  ];
  return (
    <dl
      className="mb-6 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 text-sm"
      data-testid="run-figures"
    >
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="font-medium text-slate-700">{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
