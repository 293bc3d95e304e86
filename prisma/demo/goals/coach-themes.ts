/**
 * Goals that call for a coach: a specific skill (presenting, conflict, running a project),
 * career direction, motivation, working relationships, making sense of feedback.
 */
import type { Theme } from './context';

export const COACH_THEMES: readonly Theme[] = [
  {
    need: 'presentation',
    aims: [
      () => 'get better at presenting to senior people',
      () => 'stop rambling when I present',
      () => 'present at the all-hands without my voice shaking',
      () => 'speak up more in big meetings',
      () => 'give a talk at a conference',
      () => 'present numbers so people actually follow them',
      () => 'be more confident in front of a room',
    ],
    situations: [
      () => 'Presenting to the exec team still terrifies me.',
      () => "I freeze whenever someone senior asks a question I didn't expect.",
      () => 'My slides are fine but I lose the room after five minutes.',
      () => 'I got feedback that I undersell my work in demos.',
    ],
  },
  {
    need: 'conflict',
    aims: [
      () => 'handle disagreements in my team instead of avoiding them',
      () => 'deal with a colleague who keeps undermining me in meetings',
      () => 'have difficult conversations earlier',
      () => 'say no to stakeholders without damaging the relationship',
      () => 'stay calm when things get heated',
    ],
    situations: [
      () => "Two people in my team don't get on and it's affecting everyone.",
      () => 'I tend to avoid conflict until it blows up.',
      (c) =>
        `There is a lot of tension between ${c.functionName} and ${c.otherFunction} right now and I'm stuck in the middle.`,
      () => 'A recent argument with a peer still bothers me.',
    ],
  },
  {
    need: 'project-management',
    aims: [
      () => 'run a cross-team project without dropping balls',
      () => 'get better at planning and estimating',
      (c) => `deliver ${c.area} on time for once`,
      () => 'keep a big project on track when priorities keep changing',
      () => 'run projects with a bit more structure',
    ],
    situations: [
      (c) => `I've just been asked to lead ${c.area} and I've never run anything this size.`,
      () => 'My projects always slip at the end.',
      () => "I'm good at the work itself but terrible at keeping track of everyone else's bits.",
    ],
  },
  {
    need: 'career-direction',
    aims: [
      () => 'work out what I actually want to do next',
      (c) => `figure out whether to stay in ${c.functionName} or try something else`,
      () => 'decide between management and staying hands-on',
      () => 'get some clarity on where my career is going',
      () => 'find out what kind of work suits me',
    ],
    situations: [
      () => "I don't really know what my next step is.",
      () => "I like my job but I can't picture myself doing it in five years.",
      () => 'Everyone asks where I see myself and I honestly have no idea.',
      () => "I've been drifting a bit since the reorg.",
    ],
  },
  {
    need: 'motivation',
    aims: [
      () => 'get my energy back for the work',
      () => 'find something in my role that excites me again',
      () => 'stop procrastinating on the things that matter',
      () => 'feel less flat about work',
    ],
    situations: [
      () => "I've lost a bit of motivation since the reorganisation.",
      () => 'I feel stuck and a bit bored, to be honest.',
      () => "After a rough year I'm running on empty.",
    ],
  },
  {
    need: 'interpersonal',
    aims: [
      () => 'build better working relationships with other teams',
      () => 'get on better with my new manager',
      () => "build trust with a team I've inherited",
      () => 'network inside the company without it feeling fake',
      () => 'work better with people who think differently from me',
    ],
    situations: [
      () => 'My new manager and I have very different styles.',
      () => "I'm new here and I don't know anyone outside my team.",
      () => 'Apparently I come across as blunt.',
    ],
  },
  {
    need: 'feedback',
    aims: [
      () => 'make sense of the feedback from my last review',
      () => 'work out which feedback to act on first',
      () => 'take feedback less personally',
      () => 'give honest feedback to my reports without crushing them',
    ],
    situations: [
      () =>
        'My last review said I need more "executive presence" and I have no idea what that means.',
      () => 'I got a lot of conflicting feedback in my 360.',
      () => 'I was passed over for promotion and the feedback was vague.',
    ],
  },
  {
    need: 'other-skill',
    aims: [
      () => 'get better at negotiating',
      () => 'write clearer documents',
      () => 'manage my time better',
      () => 'learn to delegate',
      () => 'get more comfortable with numbers and budgets',
      () => 'improve my stakeholder management',
    ],
    situations: [
      () => 'I spend my whole week in meetings and never get to the real work.',
      () => 'People tell me my writing is too long-winded.',
      () => 'I end up doing everything myself because handing over feels slower.',
    ],
  },
];
