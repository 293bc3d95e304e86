import { FactList } from '@/components/layout/fact-list';
import type { RunFigures } from '@/lib/core/programs/runs/figures';
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
  return <FactList facts={rows} testId="run-figures" className="text-sm" />;
}
