/**
 * The vocabulary of help a goal can call for, drawn from the distinction between mentoring
 * and coaching. The ids are a public contract (the triage command reads them), so never
 * rename one; add new ones at the end.
 */
export const GOAL_NEEDS = [
  'navigate-path',
  'senior-role',
  'unique-path',
  'project-management',
  'conflict',
  'presentation',
  'other-skill',
  'career-direction',
  'motivation',
  'interpersonal',
  'feedback',
] as const;

export type GoalNeed = (typeof GOAL_NEEDS)[number];

/** Which kind of help each need points at: the first three are about a path someone has walked. */
export const NEED_POINTS_TO: Record<GoalNeed, 'mentor' | 'coach'> = {
  'navigate-path': 'mentor',
  'senior-role': 'mentor',
  'unique-path': 'mentor',
  'project-management': 'coach',
  conflict: 'coach',
  presentation: 'coach',
  'other-skill': 'coach',
  'career-direction': 'coach',
  motivation: 'coach',
  interpersonal: 'coach',
  feedback: 'coach',
};

/** The words a person sees in the goal checklist. */
export const NEED_LABELS: Record<GoalNeed, string> = {
  'navigate-path': 'Navigating a specific path I have chosen',
  'senior-role': 'Reaching a senior role where the rules are unwritten',
  'unique-path': 'An unusual path with few role models',
  'project-management': 'Running a project',
  conflict: 'Handling conflict',
  presentation: 'Presenting',
  'other-skill': 'Another specific skill',
  'career-direction': 'Working out my career direction',
  motivation: 'Motivation',
  interpersonal: 'Working relationships',
  feedback: 'Making sense of feedback',
};

export const GOAL_CLARITY = ['clear', 'exploring'] as const;
export type GoalClarity = (typeof GOAL_CLARITY)[number];
