/**
 * Who may read a goal besides its owner, in the words the owner chooses from and sees on their
 * goals. The ids match the GoalVisibility enum; the default is the first.
 */
export const GOAL_VISIBILITY = {
  MATCHING_SUPPORTERS: {
    choice: 'Mentors and coaches who could help, without your name',
    shown:
      'Mentors and coaches who could help can read it, without your name or job title, and offer their help.',
  },
  ONLY_ASKED: {
    choice: 'Only people I ask',
    shown: 'Only people you ask can read it.',
  },
} as const;

export type GoalVisibilityId = keyof typeof GOAL_VISIBILITY;
export const GOAL_VISIBILITY_IDS = Object.keys(GOAL_VISIBILITY) as [
  GoalVisibilityId,
  ...GoalVisibilityId[],
];
