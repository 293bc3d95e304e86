/**
 * Coaching questions by area. A coach helps the protégé reach their own conclusions, so every
 * entry is an open question that asks the protégé to look at their own situation; none tells
 * them what to do.
 */
import type { CoachingArea, CoachingQuestionSet } from './types';

/** Every coaching area, in the order the guide shows them. */
export const COACHING_AREAS: readonly CoachingArea[] = [
  'presentation',
  'conflict',
  'project-management',
  'career-direction',
  'motivation',
  'interpersonal',
  'feedback',
  'other-skill',
];

export const COACHING_SETS: Readonly<Record<CoachingArea, CoachingQuestionSet>> = {
  presentation: {
    area: 'presentation',
    title: 'Presenting',
    questions: [
      {
        id: 'c-pres-best',
        text: 'Think of a time you spoke and it went well: what was different?',
      },
      { id: 'c-pres-audience', text: 'Who is in the room, and what do they need to leave with?' },
      {
        id: 'c-pres-fear',
        text: 'What is the worst that could happen, and how likely is it really?',
      },
      {
        id: 'c-pres-practice',
        text: 'How could you try this out somewhere with less at stake first?',
      },
    ],
  },
  conflict: {
    area: 'conflict',
    title: 'Handling conflict',
    questions: [
      {
        id: 'c-conf-story',
        text: 'How would the other person tell the story of this disagreement?',
      },
      {
        id: 'c-conf-want',
        text: 'What do you want from this for yourself, and for the relationship?',
      },
      { id: 'c-conf-part', text: 'Which part of it is yours to change?' },
      { id: 'c-conf-first', text: 'What would a first small conversation about it sound like?' },
    ],
  },
  'project-management': {
    area: 'project-management',
    title: 'Running projects',
    questions: [
      { id: 'c-proj-done', text: 'What does done look like, and who gets to say so?' },
      { id: 'c-proj-risk', text: 'What worries you most about this project right now?' },
      { id: 'c-proj-people', text: 'Whose help do you need that you have not asked for yet?' },
      {
        id: 'c-proj-learn',
        text: 'Looking back at your last project, what would you keep and what would you drop?',
      },
    ],
  },
  'career-direction': {
    area: 'career-direction',
    title: 'Career direction',
    questions: [
      { id: 'c-dir-energy', text: 'Which parts of your work give you energy, and which drain it?' },
      {
        id: 'c-dir-five',
        text: 'Picture a good working day some years from now: what are you doing?',
      },
      { id: 'c-dir-options', text: 'What options have you ruled out, and why?' },
      { id: 'c-dir-test', text: 'How could you test one direction before committing to it?' },
    ],
  },
  motivation: {
    area: 'motivation',
    title: 'Motivation',
    questions: [
      {
        id: 'c-mot-when',
        text: 'When did you last feel fully engaged at work? What was going on?',
      },
      { id: 'c-mot-changed', text: 'What has changed between then and now?' },
      { id: 'c-mot-matters', text: 'What matters to you that your work does not give you today?' },
      { id: 'c-mot-step', text: 'What one thing in your control would make next week better?' },
    ],
  },
  interpersonal: {
    area: 'interpersonal',
    title: 'Working relationships',
    questions: [
      { id: 'c-rel-map', text: 'Which working relationships matter most for what you want to do?' },
      { id: 'c-rel-strong', text: 'What makes your strongest working relationship work?' },
      { id: 'c-rel-see', text: 'How do you think others experience working with you?' },
      {
        id: 'c-rel-invest',
        text: 'Which relationship would you like to invest in, and how might you start?',
      },
    ],
  },
  feedback: {
    area: 'feedback',
    title: 'Making sense of feedback',
    questions: [
      {
        id: 'c-fb-heard',
        text: 'What feedback have you heard more than once, from different people?',
      },
      { id: 'c-fb-true', text: 'Which part of it rings true to you, and which part does not?' },
      { id: 'c-fb-matters', text: 'Of everything you were told, what matters most for your goal?' },
      {
        id: 'c-fb-ask',
        text: 'Whose feedback would you like to hear that you have not asked for?',
      },
    ],
  },
  'other-skill': {
    area: 'other-skill',
    title: 'A specific skill',
    questions: [
      {
        id: 'c-skill-good',
        text: 'What would being good at this skill let you do that you cannot now?',
      },
      { id: 'c-skill-where', text: 'Where do you stand with it today, and how do you know?' },
      {
        id: 'c-skill-who',
        text: 'Who does this well, and what do you notice about how they do it?',
      },
      { id: 'c-skill-try', text: 'What could you try before we meet again?' },
    ],
  },
};
