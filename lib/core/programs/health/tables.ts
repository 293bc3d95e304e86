/**
 * Every figure of the dashboard as a table: the page shows these beside the charts (they are
 * the screen-reader version of each chart) and /programs/ID/health/NAME.csv exports them.
 * Pure: health figures in, rows of plain cells out.
 */
import type { RelationshipState } from '@/lib/core/connections/statuses';
import type { StoredHelpKind } from '@/lib/core/goals/goal-triage';
import { LOW_RATING, STALE_AFTER_DAYS } from './rules';
import type { LookReason, NeedsALookRow, ProgramHealth } from './types';

export type Cell = string | number;

export interface HealthTable {
  title: string;
  columns: string[];
  rows: Cell[][];
}

export const TABLE_NAMES = [
  'participants',
  'organisations',
  'triage',
  'funnel',
  'time-to-accept',
  'cross-pairs',
  'utilisation',
  'ratings',
  'needs-a-look',
  'outcomes',
  'outside',
] as const;

export type TableName = (typeof TABLE_NAMES)[number];

export const isTableName = (name: string): name is TableName =>
  (TABLE_NAMES as readonly string[]).includes(name);

export const REASON_WORDS: Record<LookReason, string> = {
  LOW_RATING: `Low rating (latest ${LOW_RATING} or less)`,
  NO_RECENT_CHECK_IN: `No check-in for ${STALE_AFTER_DAYS} days`,
  ENDED_IN_INTRO: 'Ended in the introduction',
};

const KIND_WORDS: Record<StoredHelpKind, string> = {
  MENTOR: 'Mentoring',
  COACH: 'Coaching',
  BOTH: 'Mentoring and coaching',
};
const STATE_WORDS: Record<RelationshipState, string> = {
  INTRO: 'Introduction',
  ACTIVE: 'Under way',
  ENDED: 'Ended',
};

/** A calendar date, YYYY-MM-DD (UTC), the same in the page and in a spreadsheet. */
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** A whole percentage of `part` in `whole`; 0 when there is no whole. */
export const percent = (part: number, whole: number) =>
  whole === 0 ? 0 : Math.round((part / whole) * 100);

export function healthTables(health: ProgramHealth): Record<TableName, HealthTable> {
  const { participants: p, triage: t, funnel: f, crossPairs: x } = health;
  return {
    participants: {
      title: 'Participants by role',
      columns: ['Role', 'People'],
      rows: [
        ['Members', p.members],
        ['Protégés (have a goal)', p.proteges],
        ['Mentors', p.mentors],
        ['Coaches', p.coaches],
        ['Not yet set up', p.notYetSetUp],
      ],
    },
    organisations: {
      title: 'Participants by organisation',
      columns: ['Organisation', 'Members', 'Protégés', 'Mentors and coaches'],
      rows: health.organisations.map((o) => [o.organisation, o.members, o.proteges, o.supporters]),
    },
    triage: {
      title: 'Triage split of goals',
      columns: ['Help the goal calls for', 'Goals'],
      rows: [
        ['Mentor', t.mentor],
        ['Coach', t.coach],
        ['Both', t.both],
        ['Not yet triaged', t.untriaged],
      ],
    },
    outside: {
      title: 'Mentors and coaches from outside',
      columns: ['Stage', 'Count'],
      rows: [
        ['Invited by e-mail', health.outside.invited],
        ['Waiting for an answer', health.outside.waiting],
        ['Declined', health.outside.declined],
        ['Expired', health.outside.expired],
        ['Withdrawn', health.outside.withdrawn],
        ['Started', health.outside.started],
        ['Under way now', health.outside.underWay],
        ['Ended', health.outside.ended],
      ],
    },
    funnel: {
      title: 'From proposed to ended',
      columns: ['Stage', 'Count'],
      rows: [
        ['Proposed in the latest run', f.proposed],
        ['Asked (requests and invitations)', f.asked],
        ['Waiting for an answer', f.waiting],
        ['One side said yes', f.oneSideAccepted],
        ['Declined', f.declined],
        ['Expired', f.expired],
        ['Withdrawn', f.withdrawn],
        ['Started', f.accepted],
        ['Under way now', f.active],
        ['Ended after working together', f.endedAfterWorking],
        ['Ended before it got going', f.endedEarly],
      ],
    },
    'time-to-accept': {
      title: 'Time to accept',
      columns: ['Waited', 'Requests accepted'],
      rows: health.timeToAccept.bins.map((b) => [b.label, b.count]),
    },
    'cross-pairs': {
      title: 'Cross-function and cross-organisation relationships',
      columns: ['Relationships', 'Count', 'Share (%)'],
      rows: [
        ['Across functions', x.crossFunction, percent(x.crossFunction, x.relationships)],
        [
          'Across organisations',
          x.crossOrganisation,
          percent(x.crossOrganisation, x.relationships),
        ],
        ['All relationships', x.relationships, x.relationships === 0 ? 0 : 100],
      ],
    },
    utilisation: {
      title: "Supporters' utilisation",
      columns: ['Share of their places taken', 'Mentors and coaches'],
      rows: health.utilisation.bins.map((b) => [b.label, b.count]),
    },
    ratings: {
      title: 'Check-in ratings by week',
      columns: ['Week of', 'Mean rating (1–5)', 'Check-ins'],
      rows: health.ratings.map((w) => [isoDate(w.week), w.meanRating ?? '', w.checkIns]),
    },
    'needs-a-look': {
      title: 'Relationships that need a look',
      columns: [
        'Protégé',
        'Mentor or coach',
        'Kind',
        'State',
        'Why',
        'Since',
        'Started',
        'Last check-in',
        'Latest rating',
        'Ended by',
        'End note',
      ],
      rows: health.needsALook.relationships.map(lookRow),
    },
    outcomes: {
      title: 'How ended relationships went, beside the fit that paired them',
      columns: [
        'Relationship',
        'Kind',
        'Answered by',
        'Helped with the goal (1–5)',
        'Would recommend',
        'Fit',
        'Reasons',
        'Note for admins',
      ],
      rows: health.outcomes.rows.map((r) => [
        r.relationshipId,
        KIND_WORDS[r.kind],
        r.side === 'protege' ? 'Protégé' : 'Mentor or coach',
        r.helped,
        r.wouldRecommend ? 'Yes' : 'No',
        r.fit ?? '',
        r.reasons.join(' '),
        r.adminNote,
      ]),
    },
  };
}

function lookRow(r: NeedsALookRow): Cell[] {
  return [
    r.protege.name,
    r.supporter.name,
    KIND_WORDS[r.kind],
    STATE_WORDS[r.state],
    r.reasons.map((reason) => REASON_WORDS[reason]).join('; '),
    isoDate(r.since),
    isoDate(r.startedAt),
    r.lastCheckInAt ? isoDate(r.lastCheckInAt) : 'Never',
    r.latestRating ?? '',
    r.endedBy === 'protege' ? 'Protégé' : r.endedBy === 'supporter' ? 'Mentor or coach' : '',
    r.endNote ?? '',
  ];
}
