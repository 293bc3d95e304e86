/**
 * Cues that a coach fits because there is a specific skill to build: running projects,
 * conflict, presenting, negotiating, delegating and others. Each names the skill so the
 * reason can say it back ("presenting", "negotiating").
 */
import type { Cue } from './cue';

const skill = (what: string) => (found: string) =>
  `You want to get better at ${what} ("${found}"), a skill a coach can help you practise.`;

export const SKILL_CUES: readonly Cue[] = [
  {
    code: 'text-skill-project',
    need: 'project-management',
    weight: 2,
    context: 'gap',
    patterns: [
      'run|running|manage|managing|managed|lead|leading|deliver|delivering|finish|plan ~ project|projects|programs|programme|portfolio',
      'project management|manager|planning',
      'deadline|deadlines|scope|scoping',
      'run|running ~ meetings',
      'on track|time',
    ],
    reason: skill('running projects'),
  },
  {
    code: 'text-skill-conflict',
    need: 'conflict',
    weight: 2,
    patterns: [
      'conflict|conflicts|confrontation|confrontational|clash|clashing|disagreement|disagreements|friction|tension|tensions',
      'difficult|tough|hard|awkward ~ conversation|conversations',
      'pushback|pushing',
      'push back',
      'handle|handling|deal|dealing ~ difficult',
    ],
    reason: skill('handling conflict'),
  },
  {
    code: 'text-skill-presentation',
    need: 'presentation',
    weight: 2,
    patterns: [
      'present|presenting|presentation|presentations|presenter',
      'public speaking',
      'speak|speaking|talk|talking ~ in front|publicly|audience|audiences|stage',
      'slides|deck|pitch|pitching|storytelling',
      'ramble|rambling',
      'stage fright',
    ],
    reason: skill('presenting'),
  },
  {
    code: 'text-skill-negotiation',
    need: 'other-skill',
    weight: 2,
    patterns: ['negotiate|negotiating|negotiation|negotiations|negotiator'],
    reason: skill('negotiating'),
  },
  {
    code: 'text-skill-delegation',
    need: 'other-skill',
    weight: 2,
    patterns: [
      'delegate|delegating|delegation',
      'stop|less|not ~ micromanaging|micromanage',
      'i micromanage',
      'let go',
      'everything myself',
    ],
    reason: skill('delegating'),
  },
  {
    code: 'text-skill-other',
    need: 'other-skill',
    weight: 2,
    context: 'gap',
    patterns: [
      'time management',
      'stakeholder management|communication',
      'manage|managing up',
      'writing|assertive|assertiveness|influence|influencing|persuade|persuasion',
      'executive presence',
      'speak up',
      'decisions|decision',
      'say|saying no',
      'give|giving ~ feedback',
      'communication|communicating ~ skills',
      'prioritise|prioritize|prioritising|prioritizing ~ work|workload|tasks',
      'workload|overloaded',
      'budget|budgets|budgeting',
      // Interviewing well is a skill; an interview on its own is only a step on the way.
      'interview|interviews|interviewing skills|technique|techniques|nerves|practice|prep|preparation',
      'at|in interviews',
    ],
    reason: (found) =>
      `You name a skill you want to build ("${found}"), which is a coach's ground.`,
  },
  {
    // "Get much better at X" names the skill outright, as firmly as naming presenting does;
    // the loose words below ("improve", "work on") weigh less because they often mean a career.
    code: 'text-skill-better-at',
    need: 'other-skill',
    weight: 2,
    context: 'gap',
    patterns: ['get|getting|become|becoming|be ~ better ~ at|with'],
    reason: (found) =>
      `You want to get better at something specific ("${found}"); practising a skill is what a coach is for.`,
  },
  {
    code: 'text-skill-gap',
    need: 'other-skill',
    weight: 1,
    context: 'gap',
    patterns: [
      // Exact forms: by stem, "development" (as in "learning and development") would count.
      '=improve|=improving|=sharpen|=hone|=practise|=practice|=practising|=build|=building|=develop|=developing|=strengthen',
      'learn how to',
      'learn to',
      'weak|weakness|gap|struggle|struggling|terrible|bad',
      'good at',
      'work on',
    ],
    reason: (found) =>
      `You describe something you want to get better at ("${found}"); building a skill is what a coach is for.`,
  },
];
