/**
 * The program health dashboard: every figure as a chart with its table (the accessible
 * version, and a CSV download), laid out two to a row on wide screens.
 */
import { healthTables, isoDate, type TableName } from '@/lib/core/programs/health/tables';
import type { ProgramHealth } from '@/lib/core/programs/health/types';
import { HealthBarChart } from './bar-chart';
import { COLORS } from './colors';
import { DataTable } from './data-table';
import { HealthSection } from './health-section';
import { KeyFigures } from './key-figures';
import { NeedsALookSection } from './needs-a-look-section';
import { RatingsChart } from './ratings-chart';

/** The chart shows this many organisations, the largest; the table has them all. */
const ORGANISATIONS_IN_CHART = 10;

const one = (name: string, color: string = COLORS[0]) => [{ key: 'count', name, color }];

/** A table's first two columns (label, count) as chart data. */
const bars = (rows: (string | number)[][]) =>
  rows.map(([label, count]) => ({ label: String(label), count: Number(count) }));

export function HealthDashboard({ health }: { health: ProgramHealth }) {
  const tables = healthTables(health);
  const csv = (name: TableName) => `/programs/${health.program.id}/health/${name}.csv`;
  const table = (name: TableName) => <DataTable table={tables[name]} csvHref={csv(name)} />;
  const { triage, funnel, timeToAccept, crossPairs, utilisation } = health;
  const goals = triage.mentor + triage.coach + triage.both + triage.untriaged;
  return (
    <>
      <KeyFigures health={health} />
      <div className="grid gap-4 lg:grid-cols-2">
        <HealthSection
          id="participants"
          title="Participants by role"
          about="A protégé has a goal; mentors and coaches offer that help. One person can be several."
        >
          <HealthBarChart
            label="Bar chart of participants by role"
            data={bars(tables.participants.rows)}
            series={one('People')}
          />
          {table('participants')}
        </HealthSection>
        <HealthSection
          id="organisations"
          title="Participants by organisation"
          about={
            health.organisations.length > ORGANISATIONS_IN_CHART
              ? `The chart shows the ${ORGANISATIONS_IN_CHART} largest of ${health.organisations.length} organisations; the table has them all.`
              : 'Members, protégés, and mentors and coaches in each organisation.'
          }
        >
          <HealthBarChart
            label="Bar chart of protégés and of mentors and coaches in each organisation"
            data={health.organisations.slice(0, ORGANISATIONS_IN_CHART).map((o) => ({ ...o }))}
            categoryKey="organisation"
            series={[
              { key: 'proteges', name: 'Protégés', color: COLORS[0] },
              { key: 'supporters', name: 'Mentors and coaches', color: COLORS[1] },
            ]}
            horizontal
          />
          {table('organisations')}
        </HealthSection>
        <HealthSection
          id="triage"
          title="Triage split"
          about="The help members' goals call for: the person's own choice where they made one, else the triage."
          empty={goals === 0 && 'No member has written a goal yet.'}
        >
          <HealthBarChart
            label="Bar chart of goals by the help they call for"
            data={bars(tables.triage.rows)}
            series={one('Goals', COLORS[1])}
          />
          {table('triage')}
        </HealthSection>
        <HealthSection
          id="outside"
          title="Mentors and coaches from outside"
          about="Invitations members sent by e-mail to someone from outside, and the relationships those started (which count among members' relationships in the other figures too)."
          empty={health.outside.invited === 0 && 'No member has invited anyone from outside yet.'}
        >
          <HealthBarChart
            label="Bar chart of invitations to mentors and coaches from outside, by stage"
            data={bars(tables.outside.rows)}
            series={one('Invitations', COLORS[1])}
          />
          {table('outside')}
        </HealthSection>
        <HealthSection
          id="funnel"
          title="From proposed to ended"
          about="Requests and program invitations of the program's protégés, plus run proposals not yet published; then how many were accepted, are under way now, and have ended."
          empty={
            funnel.proposed === 0 &&
            'Nothing proposed yet: start a matching run, or wait for members to send requests.'
          }
        >
          <HealthBarChart
            label="Funnel chart from proposed to accepted, under way and ended"
            data={bars(tables.funnel.rows)}
            series={one('Count')}
            horizontal
          />
          {table('funnel')}
        </HealthSection>
        <HealthSection
          id="time-to-accept"
          title="Time to accept"
          about={
            timeToAccept.medianDays === null
              ? 'Days from sending a request to its yes.'
              : `Days from sending a request to its yes. Median: ${timeToAccept.medianDays} days over ${timeToAccept.accepted} accepted requests.`
          }
          empty={timeToAccept.accepted === 0 && 'No request has been accepted yet.'}
        >
          <HealthBarChart
            label="Histogram of days from a request to its acceptance"
            data={bars(tables['time-to-accept'].rows)}
            series={one('Requests accepted', COLORS[2])}
            histogram
          />
          {table('time-to-accept')}
        </HealthSection>
        <HealthSection
          id="cross-pairs"
          title="Across functions and organisations"
          about={`Share of the ${crossPairs.relationships} relationships started whose two people work in different functions or organisations.`}
          empty={crossPairs.relationships === 0 && 'No relationship has started yet.'}
        >
          <HealthBarChart
            label="Bar chart of the share of relationships across functions and across organisations"
            data={tables['cross-pairs'].rows
              .slice(0, 2)
              .map(([label, , share]) => ({ label: String(label), count: Number(share) }))}
            series={one('Share of relationships', COLORS[1])}
            unit="%"
            horizontal
          />
          {table('cross-pairs')}
        </HealthSection>
        <HealthSection
          id="utilisation"
          title="Mentors' and coaches' utilisation"
          about={`Relationships in intro or under way over the places each offers (with anyone, in or out of the program). ${utilisation.placesTaken} of ${utilisation.placesOffered} places taken.`}
          empty={utilisation.supporters === 0 && 'No member offers mentoring or coaching yet.'}
        >
          <HealthBarChart
            label="Histogram of mentors and coaches by how full they are"
            data={bars(tables.utilisation.rows)}
            series={one('Mentors and coaches', COLORS[3])}
            histogram
          />
          {table('utilisation')}
        </HealthSection>
        <HealthSection
          id="ratings"
          title="Check-in ratings over time"
          about="Mean rating (1 to 5) of the week's check-ins; a week without check-ins is a gap."
          empty={health.ratings.length === 0 && 'No check-in yet.'}
        >
          <RatingsChart
            label="Line chart of the mean check-in rating per week"
            data={health.ratings.map((w) => ({ week: isoDate(w.week), meanRating: w.meanRating }))}
          />
          {table('ratings')}
        </HealthSection>
        <NeedsALookSection health={health} table={table('needs-a-look')} />
        <HealthSection
          id="outcomes"
          title="How ended relationships went"
          about={
            health.outcomes.answered === 0
              ? 'When a relationship ends, each side answers three closing questions.'
              : `${health.outcomes.answered} closing answers: helped with the goal ${health.outcomes.meanHelped} of 5 on average; ${health.outcomes.wouldRecommend} would recommend the other person. Each answer sits beside the fit and reasons that paired the two, to learn which evidence predicts a good relationship.`
          }
          empty={health.outcomes.answered === 0 && 'No closing answers yet.'}
          wide
        >
          {table('outcomes')}
        </HealthSection>
      </div>
    </>
  );
}
