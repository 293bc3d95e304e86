/**
 * The mentoring guide. A mentor helps most by telling how they walked a path like the one the
 * protégé has chosen, so the first meeting is about that path; later meetings come back to what
 * happened since and what comes next.
 */
import type { MentoringGuide } from './types';

export const MENTORING_GUIDE: MentoringGuide = {
  kind: 'mentoring',
  firstMeeting: [
    {
      id: 'm-first-move',
      text: 'Mentor: tell the story of your own move to a role like this one. What did the first months feel like?',
    },
    {
      id: 'm-first-surprise',
      text: 'What surprised you most once you were there, and what would you have done earlier?',
    },
    {
      id: 'm-first-unwritten',
      text: 'Which rules of success at that level are never written down? How did you learn them?',
    },
    {
      id: 'm-first-who-decides',
      text: 'Who decides whether someone is ready for this step, and what do they look for?',
    },
    {
      id: 'm-first-others',
      text: 'Who else should the protégé talk to, inside or outside the organisation, for a different view?',
    },
    {
      id: 'm-first-hopes',
      text: 'Protégé: what would make these meetings worth your time a few months from now?',
    },
  ],
  later: [
    {
      id: 'm-later-since',
      text: 'What happened since you last met, and what did it teach you about the path?',
    },
    {
      id: 'm-later-stuck',
      text: 'Where are you stuck? Has the mentor faced something like it, and what did they try?',
    },
    {
      id: 'm-later-signals',
      text: 'Which signals from the people around you say you are on the way, or not yet?',
    },
    {
      id: 'm-later-next',
      text: 'What is the one step before the next meeting, and who could open a door for it?',
    },
  ],
};
