/**
 * The ways people frame a goal: how they introduce it, hedge it, ask for help and sign
 * off. Composition draws one piece of each kind so that no two goals share a template.
 */
import type { Random } from '../random';
import { withArticle } from './context';

/** Wrappers around an aim ("get better at X"); some hedge, some ask a question. */
export const AIM_VOICES: readonly ((aim: string, when: string) => string)[] = [
  (aim) => `I want to ${aim}.`,
  (aim) => `I'd like to ${aim}.`,
  (aim, when) => `I'd really like to ${aim} ${when}.`,
  (aim) => `I think I'd like to ${aim}.`,
  (aim) => `My goal is to ${aim}.`,
  (aim) => `Main goal: ${aim}.`,
  (aim, when) => `Hoping to ${aim} ${when}.`,
  (aim) => `I'm trying to ${aim}.`,
  (aim, when) => `Ideally I'd ${aim} ${when}.`,
  (aim) => `${capitalise(aim)}.`,
  (aim, when) => `${capitalise(aim)}, ${when}.`,
  (aim) => `How do I ${aim}?`,
  (aim) => `I need help to ${aim}.`,
  (aim) => `What I'm after: ${aim}.`,
  (aim) => `Would love to ${aim}.`,
  (aim, when) => `I'm keen to ${aim} ${when}.`,
  (aim) => `Looking to ${aim}.`,
  (aim) => `This year I want to ${aim}.`,
  (aim) => `The next step for me is to ${aim}.`,
  (aim) => `I need to ${aim}, and soon.`,
  (aim) => `Eventually I'd like to ${aim}.`,
  (aim, when) => `It would be great to ${aim} ${when}.`,
  (aim) => `Can anyone help me ${aim}?`,
  (aim) => `Probably the big one for me: ${aim}.`,
  (aim) => `I'm not sure how yet, but I want to ${aim}.`,
  (aim) => `Part of me wants to ${aim}.`,
  (aim, when) => `Goal - ${aim} ${when}`,
];

export const QUESTIONS: readonly ((aim: string) => string)[] = [
  (aim) => `How do I ${aim}?`,
  (aim) => `Any tips on how to ${aim}?`,
  (aim) => `What would it take to ${aim}?`,
  (aim) => `Is it realistic to ${aim}?`,
  (aim) => `Where do I even start if I want to ${aim}?`,
  (aim) => `Could someone help me ${aim}?`,
];

export const WHEN = [
  'in the next year',
  'by the end of next year',
  'within two years',
  'at some point',
  'before I turn 40',
  'this year',
  'sooner rather than later',
  'in the next 18 months',
] as const;

/** Put before the first sentence; the sentence then starts lower-case unless it starts with I. */
export const OPENERS = [
  'Honestly, ',
  'Long story short: ',
  'To be honest ',
  'So, ',
  'Big picture: ',
  'Short version: ',
  'OK so ',
  'In a nutshell: ',
  'Right now ',
  'Since my last review, ',
  'After a lot of thinking, ',
  'My manager suggested I write this down. ',
  'Not sure this is the right place, but ',
] as const;

export const MENTOR_ASKS = [
  'It would help to talk to someone who has done it.',
  'Someone who has made the same move would be gold.',
  "I'd love to hear how others got there.",
  'Looking for someone a few steps ahead of me.',
  'Mostly I want to hear what the path really looked like, not the LinkedIn version.',
  'Advice from anyone who has been there is welcome.',
  "Would like a mentor who's walked this road.",
] as const;

export const COACH_ASKS = [
  'I think I need someone to ask me the right questions rather than tell me what to do.',
  'A sounding board would help.',
  "I'd like someone outside my team to practise with.",
  'Some regular check-ins would keep me honest.',
  'Not looking for advice so much as someone to think out loud with.',
  'Happy to do the work, I just need a bit of structure.',
] as const;

export const BOTH_JOINS = [
  (text: string) => `Also, ${text}`,
  (text: string) => `Along the way: ${text}`,
  (text: string) => `Separately, ${text}`,
  (text: string) => `On top of that, ${text}`,
  (text: string) => `And a smaller thing - ${text}`,
] as const;

export const CLOSERS = [
  'Thanks!',
  'Open to ideas.',
  'Happy to be flexible on timing.',
  "That's it really.",
  ':)',
] as const;

export const BACKGROUNDS: readonly ((
  title: string,
  functionName: string,
  years: number,
) => string)[] = [
  (title, _f, years) =>
    `Some background: I've been ${/^(Chief|VP|Head|Director)/.test(title) ? 'in my role' : withArticle(title)} for about ${Math.max(1, Math.round(years / 2))} years.`,
  (_t, functionName, years) => `For context, I've worked in ${functionName} for ${years} years.`,
  (title, _f, years) =>
    `Quick context: ${years} years in, currently ${/^(Chief|VP|Head|Director)/.test(title) ? title : withArticle(title)}.`,
  (_t, functionName) => `A bit about me: most of my career has been in ${functionName}.`,
  (_t, functionName) => `Background first - I came up through ${functionName}.`,
  (title) =>
    `I'm currently ${/^(Chief|VP|Head|Director)/.test(title) ? title : withArticle(title)} and mostly enjoy it.`,
];

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function lowerFirst(text: string): string {
  return /^I\b|^I'/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

export function opener(random: Random): string {
  return random.pick(OPENERS);
}
