/**
 * What the program health dashboard shows, as `programHealth` returns it. Plain data (numbers,
 * strings, dates), so the page, the charts and the CSV export all read the same figures.
 */
import type { RelationshipState } from '@/lib/core/connections/statuses';
import type { StoredHelpKind } from '@/lib/core/goals/goal-triage';

/** One bar of a histogram: a labelled range and how many fall in it. */
export interface Bin {
  label: string;
  count: number;
}

export interface Participants {
  /** Everyone enrolled (ProgramMember rows). */
  members: number;
  /** Members with at least one goal. */
  proteges: number;
  /** Members who offer mentoring (MENTORING or BOTH). */
  mentors: number;
  /** Members who offer coaching (COACHING or BOTH). */
  coaches: number;
  /** Members with no goal who offer nothing (yet). */
  notYetSetUp: number;
}

export interface OrganisationCount {
  /** "No profile yet" for members who have not written a profile. */
  organisation: string;
  members: number;
  proteges: number;
  supporters: number;
}

/** Members' goals by the kind of help they call for (the person's choice over the triage). */
export interface TriageSplit {
  mentor: number;
  coach: number;
  both: number;
  untriaged: number;
}

export interface Funnel {
  /** Proposals of the latest finished run, not rejected. */
  proposed: number;
  /** Requests and program invitations about members' goals, whatever became of them. */
  asked: number;
  /** Open, with no answer yet. */
  waiting: number;
  /** Open program invitations one of the two has said yes to. */
  oneSideAccepted: number;
  declined: number;
  expired: number;
  withdrawn: number;
  /** Accepted: each started a relationship. */
  accepted: number;
  /** Relationships under way now. */
  active: number;
  /** Ended after the relationship had become active. */
  endedAfterWorking: number;
  /** Ended from its introduction, before it got going. */
  endedEarly: number;
}

export interface TimeToAccept {
  /** Accepted requests measured. */
  accepted: number;
  /** Median days from sending to the yes; null with no accepted request. */
  medianDays: number | null;
  bins: Bin[];
}

export interface CrossPairs {
  relationships: number;
  crossFunction: number;
  crossOrganisation: number;
}

export interface Utilisation {
  /** Members who offer mentoring or coaching. */
  supporters: number;
  /** Their capacities added up. */
  placesOffered: number;
  /** Their relationships in intro or under way (with anyone, as capacity is per person). */
  placesTaken: number;
  bins: Bin[];
}

export interface RatingWeek {
  /** Monday 00:00 UTC of the week. */
  week: Date;
  /** Mean of that week's check-in ratings (1-5); null for a week without check-ins. */
  meanRating: number | null;
  checkIns: number;
}

export type LookReason = 'NO_RECENT_CHECK_IN' | 'LOW_RATING' | 'ENDED_IN_INTRO';

/** A relationship an admin should look at: who, what, why and since when. */
export interface NeedsALookRow {
  relationshipId: string;
  kind: StoredHelpKind;
  state: RelationshipState;
  protege: { id: string; name: string };
  supporter: { id: string; name: string };
  reasons: LookReason[];
  /** The last check-in for the first two reasons (the start if none), the end for the third. */
  since: Date;
  startedAt: Date;
  lastCheckInAt: Date | null;
  latestRating: number | null;
  endedAt: Date | null;
  endedBy: 'protege' | 'supporter' | null;
  /** The private note left on ending: shown to the program's admins only, here. */
  endNote: string | null;
}

export interface NeedsALook {
  /** All flagged relationships; `relationships` holds at most NEEDS_A_LOOK_LIMIT of them. */
  total: number;
  relationships: NeedsALookRow[];
}

/** One side's closing answers on an ended relationship, with the fit that paired them. */
export interface OutcomeRow {
  relationshipId: string;
  kind: StoredHelpKind;
  /** Who answered. */
  side: 'protege' | 'supporter';
  helped: number;
  wouldRecommend: boolean;
  /** For the program's admins only. */
  adminNote: string;
  /** The fit of the program proposal they started from; null for a request of their own. */
  fit: number | null;
  /** That proposal's reasons, by code, strongest first. */
  reasons: string[];
}

export interface Outcomes {
  answered: number;
  /** Mean of "did it help with the goal" (1-5), one decimal; null before any answer. */
  meanHelped: number | null;
  wouldRecommend: number;
  rows: OutcomeRow[];
}

/**
 * Invitations members sent, as protégés, to mentors and coaches from outside (by e-mail), and
 * the relationships they started: their own group, apart from the program's own pairs.
 */
export interface OutsideGroup {
  invited: number;
  /** Open and not yet past their date. */
  waiting: number;
  declined: number;
  /** Past their date unanswered, whether or not the sweep has marked them yet. */
  expired: number;
  withdrawn: number;
  /** Accepted: each started a relationship. */
  started: number;
  /** Relationships with someone from outside in their introduction or active now. */
  underWay: number;
  ended: number;
}

export interface ProgramHealth {
  program: { id: string; name: string };
  /** The clock the figures were computed against. */
  asOf: Date;
  participants: Participants;
  organisations: OrganisationCount[];
  triage: TriageSplit;
  funnel: Funnel;
  timeToAccept: TimeToAccept;
  crossPairs: CrossPairs;
  utilisation: Utilisation;
  ratings: RatingWeek[];
  needsALook: NeedsALook;
  outcomes: Outcomes;
  outside: OutsideGroup;
}
