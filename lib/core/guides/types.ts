/**
 * The shape of a relationship guide: what the two people might talk about, written in the
 * product's own words. Mentoring leans on the mentor's lived path; coaching on open questions
 * that help the protégé find their own answers, so a coaching guide holds questions, not advice.
 */
import type { CoachNeed } from '@/lib/core/goals/intent/coaching-areas';

/** A question with an id that stays the same, so a coach's pick survives rewording. */
export interface GuideQuestion {
  id: string;
  text: string;
}

export interface MentoringGuide {
  kind: 'mentoring';
  /** For the first meeting: the mentor's own move, the unwritten rules, who else to ask. */
  firstMeeting: GuideQuestion[];
  /** For the meetings after. */
  later: GuideQuestion[];
}

/** The coaching areas a guide covers: every coach need of a goal. */
export type CoachingArea = CoachNeed;

export interface CoachingQuestionSet {
  area: CoachingArea;
  /** How the area reads in a heading: "Presenting". */
  title: string;
  questions: GuideQuestion[];
}

export interface CoachingGuide {
  kind: 'coaching';
  /** The sets for the goal's areas, in the order of COACHING_AREAS. */
  sets: CoachingQuestionSet[];
}

export type RelationshipGuide = MentoringGuide | CoachingGuide;
