/**
 * Goals that call for a mentor: a destination someone has reached before, a senior role
 * whose rules are unwritten, an unusual path with few role models.
 */
import { withArticle, type Theme } from './context';

export const MENTOR_THEMES: readonly Theme[] = [
  {
    need: 'navigate-path',
    aims: [
      (c) => `become ${withArticle(c.targetTitle)}`,
      (c) => `get to ${c.targetTitle} within a couple of years`,
      (c) => `make the move from ${c.title} to ${c.targetTitle}`,
      (c) => `work out the steps between where I am and ${c.targetTitle}`,
      () => 'move from individual contributor to managing a team',
      (c) => `get promoted to ${c.targetLevelName} level`,
      () => 'stay on the specialist track and still keep growing',
      (c) => `be ready for the ${c.targetTitle} role when it opens up`,
      (c) => `step into ${c.targetTitle} and not mess it up`,
      (c) => `take on ${c.area} as the person accountable for it`,
    ],
    situations: [
      (c) =>
        `I've been ${withArticle(c.title)} for ${c.years} years and I'm fairly sure ${c.targetTitle} is the next step.`,
      (c) => `${c.targetTitle} is the job I want, I just don't know the route.`,
      (c) =>
        `Our ${c.targetTitle} is leaving next year and I would like to be a credible candidate.`,
      (c) => `I know exactly where I want to end up: ${c.targetTitle}.`,
      () => 'I have a clear idea of the role I want but no map for getting there.',
      (c) => `Most ${c.targetTitle}s I know got there in ways nobody writes down.`,
    ],
  },
  {
    need: 'senior-role',
    aims: [
      () => 'step up to director level',
      () => 'make the jump to VP',
      () => 'get a seat on the leadership team',
      () => 'understand what actually gets people promoted at exec level',
      (c) => `become a credible candidate for ${c.targetTitle}`,
      (c) => `run the whole of ${c.functionName} one day`,
      () => 'learn the unwritten rules above director',
      () => 'go from managing managers to setting strategy',
      () => 'build the kind of profile that gets you onto a board',
    ],
    situations: [
      () => 'Above a certain level nobody tells you what good looks like anymore.',
      () => 'I have been told I am "nearly ready" for the next level three times now.',
      () =>
        'Everyone says the jump to VP is about influence rather than delivery, and I am not sure what that means in practice.',
      () => 'The people who get promoted here seem to know something I do not.',
      (c) =>
        `At ${c.organisation} the senior promotions feel political and I'd like to understand the game.`,
      () => 'I was a strong manager, but the exec conversations are a different sport.',
    ],
  },
  {
    need: 'unique-path',
    aims: [
      (c) => `move from ${c.functionName} into ${c.otherFunction}`,
      (c) => `relocate to ${c.abroad} without starting from scratch`,
      () => 'go back to a senior role after my career break',
      () => 'start my own company in the next few years',
      () => 'combine a part-time role with a PhD',
      () => 'do a leadership job on a four-day week',
      (c) => `build a career that mixes ${c.functionName} and ${c.otherFunction}`,
      () => 'move into a technical role without a computer science degree',
    ],
    situations: [
      () => 'Nobody in my team has done what I want to do.',
      () => "I'm coming back after two years off with my kids and things have moved on.",
      (c) =>
        `I trained as a nurse and ended up in ${c.functionName}, so my path is already a bit odd.`,
      (c) => `Not many people here have gone from ${c.functionName} to ${c.otherFunction}.`,
      (c) => `My partner's job is taking us to ${c.abroad} and I would rather not resign.`,
      () => 'I keep looking for role models for what I want to do and finding none.',
    ],
  },
];
