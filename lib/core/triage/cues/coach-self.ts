/**
 * Cues that a coach fits for what is not a skill: an unclear direction, motivation, working
 * relationships, and making sense of feedback. The answers are within; a coach helps surface them.
 */
import type { Cue } from './cue';

export const SELF_CUES: readonly Cue[] = [
  {
    code: 'text-unclear-direction',
    need: 'career-direction',
    weight: 2,
    patterns: [
      'not sure|certain',
      'unsure|uncertain|undecided|crossroads|torn|lost|direction',
      'no idea',
      'know ~ what ~ want|next|do',
      'figure|figuring ~ out',
      'what is next',
      'explore|exploring ~ options|what|where',
      'career change',
      'should i',
      'or stay|leave',
      'can not decide',
      'suit me',
      'strengths',
    ],
    reason: (found) =>
      `You are still working out where to go next ("${found}"); a coach helps you find the answer in yourself.`,
  },
  {
    code: 'text-motivation',
    need: 'motivation',
    weight: 2,
    patterns: [
      'motivation|motivated|unmotivated|demotivated|motivate',
      'burnout|burnt|burned|exhausted|drained|overwhelmed|bored|boring|procrastinate|procrastinating|procrastination',
      'lost ~ drive|spark|passion|energy|mojo|interest',
      'excited|enjoy ~ again',
      'feels|feel flat',
      'stuck',
    ],
    reason: (found) =>
      `You mention your motivation ("${found}"); a coach can help you understand it and get your energy back.`,
  },
  {
    code: 'text-working-relationships',
    need: 'interpersonal',
    weight: 1.5,
    patterns: [
      'relationship|relationships',
      'get along',
      'trust',
      'work|working ~ better|together ~ with',
      'communicate|communicating ~ with',
      'credit for',
      'toes',
      'abrasive|come across',
      'colleague|coworker|peer|peers|boss ~ who',
      'deal|dealing|cope|coping ~ with ~ boss|manager|colleague|coworker|peer|peers|stakeholder|client|team',
    ],
    reason: (found) =>
      `You want to improve a working relationship ("${found}"), something a coach helps you think through.`,
  },
  {
    code: 'text-feedback',
    need: 'feedback',
    weight: 2,
    patterns: [
      'got|get|getting|received|receive ~ feedback',
      'feedback ~ from|says|said|that|is',
      'mixed|conflicting|contradictory|confusing|harsh ~ feedback|messages',
      'performance review',
      'my ~ review|360|appraisal',
      "been|was|were|i am|i'm ~ told",
      'told me',
      'criticism|critique',
    ],
    unless: 'give giving gave provide providing deliver delivering',
    reason: (found) =>
      `You want to make sense of feedback ("${found}"); a coach gives an outside view and helps you decide what to act on.`,
  },
];
