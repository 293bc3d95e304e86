/**
 * The coach needs a goal's words name (GOAL_NEEDS' coach ids), plus those ticked on the form.
 * Negation is ignored on purpose: "no confidence" and "not motivated" are the need itself.
 * Words inside a role's title ("project manager") name a role, not a need, and are skipped.
 */
import { GOAL_NEEDS, NEED_POINTS_TO, type GoalNeed } from '@/lib/core/goals/needs';
import type { GoalWord } from './goal-words';
import type { SidedMention } from './mention-sides';
import { findPhrases, phraseIndex } from './word-phrases';

export type CoachNeed = Exclude<GoalNeed, 'navigate-path' | 'senior-role' | 'unique-path'>;

const CUES: Readonly<Record<CoachNeed, readonly string[]>> = {
  'project-management': [
    'project',
    'projects',
    'project management',
    'deadline',
    'deadlines',
    'second site',
    'new site',
    'second location',
    'second branch',
    'new branch',
    'rollout',
    'roll out',
    'delivery plan',
    'keep things on track',
    'on schedule',
  ],
  conflict: [
    'conflict',
    'conflicts',
    'fighting',
    'fight',
    'fights',
    'argue',
    'arguing',
    'argument',
    'arguments',
    'disagree',
    'disagreement',
    'disagreements',
    'clash',
    'clashes',
    'clashing',
    'tension',
    'tensions',
    'can not stand',
    'cannot stand',
    'difficult conversation',
    'difficult conversations',
    'difficult colleague',
    'difficult people',
    'dispute',
    'disputes',
    'falling out',
    'fell out',
    'confrontation',
  ],
  presentation: [
    'presenting',
    'presentation',
    'presentations',
    'present to',
    'present at',
    'presentation skills',
    'present better',
    'present well',
    'present confidently',
    'present my',
    'present in',
    'public speaking',
    'speaking in public',
    'speak in public',
    'speak at',
    'speaking at',
    'give talks',
    'giving talks',
    'pitch',
    'pitching',
    'keynote',
    'stage fright',
    'in front of people',
    'in front of an audience',
  ],
  'other-skill': [
    'learn how to',
    'learn to',
    'learning to',
    'upskill',
    'new skills',
    'technical skills',
    'leadership skills',
    'management skills',
    'skills in',
    'negotiate',
    'negotiating',
    'negotiation',
    'delegate',
    'delegating',
    'delegation',
    'time management',
    'manage my time',
    'managing my time',
    'work life balance',
    'eating my life',
    'prioritise',
    'prioritising',
    'prioritize',
    'prioritizing',
    'sql',
    'excel',
    'python',
    'dashboards',
    'coach the team',
    'coach my team',
    'coaching my team',
    'managing up',
    'influencing',
    'decision making',
    'strategic thinking',
    'develop my',
    'work on my',
    'writing skills',
    'report writing',
    'business writing',
    'financial modelling',
    'budgeting',
    'stakeholder management',
    'communication skills',
  ],
  'career-direction': [
    'career direction',
    'no idea what',
    'no idea where',
    'no idea which',
    'no idea in what',
    'unsure what',
    'unsure which',
    'unsure where',
    'unsure whether',
    'what direction',
    'which direction',
    'not sure what',
    'do not know what',
    'unsure what',
    "what's next",
    'what is next',
    'what next',
    'what to do next',
    'what i want to do',
    'work out what',
    'working out what',
    'which path',
    'what path',
    'something meaningful',
    'something in',
    'whether to',
    'do not know if',
    'not sure if',
    'next move',
    'where to go next',
    'where i want to go',
    'what i should do',
    'what kind of role',
    'which career',
    'what career',
    'torn between',
    'deciding between',
    'choose between',
    'choosing between',
    'not sure whether',
    'can not decide',
    'cannot decide',
    'undecided',
    'weighing up',
  ],
  motivation: [
    'motivation',
    'motivated',
    'demotivated',
    'unmotivated',
    'confidence',
    'confident',
    'self doubt',
    'imposter',
    'impostor',
    'burnout',
    'burn out',
    'burning out',
    'burnt out',
    'burned out',
    'stuck',
    'bored',
    'boredom',
    'lost my passion',
    'lost interest',
    'exhausted',
    'drained',
    'overwhelmed',
    'give up',
    'resilience',
    'believe in myself',
    'self belief',
    'nervous',
    'anxious',
    'anxiety',
    'stress',
    'stressed',
    'freeze',
    'freezing',
    'freezing up',
    'nerves',
    'panic',
    'morale',
    'self esteem',
  ],
  interpersonal: [
    'relationship',
    'relationships',
    'working relationship',
    'get on with',
    'get along with',
    'with my manager',
    'with my boss',
    'with my colleagues',
    'with colleagues',
    'with my team',
    'with my peers',
    'with my cofounder',
    'my cofounder and i',
    'my manager and i',
    'my boss and i',
    'team dynamics',
    'office politics',
    'people skills',
    'rapport',
    'networking',
    'respect me',
    'respect from',
    'trust me',
    'undermines me',
    'undermining me',
    'relationship with',
    'build my network',
    'building my network',
    'stakeholder relationships',
  ],
  feedback: [
    'feedback',
    'performance review',
    'appraisal',
    'appraisals',
    'criticism',
    'critique',
    '360',
    'criticised',
    'criticized',
    'my review',
  ],
};

// Exploring is a direction question only while no role is in view ("explore a move into
// product" already has one).
const OPEN_DIRECTION = phraseIndex([
  'explore',
  'exploring',
  'figure out',
  'figuring out',
  'my options',
  'something else',
  'options',
  'lost',
]);

const INDEXES = Object.entries(CUES).map(([need, phrases]) => ({
  need: need as CoachNeed,
  index: phraseIndex(phrases),
}));

// "Get better at X" is a skill unless X is a need of its own ("get better at presenting").
const BETTER_AT = phraseIndex([
  'better at',
  'improve my',
  'improve at',
  'improve how i',
  'good at',
  'stronger at',
]);
// "Be a better manager" is about managing people well: a skill and working relationships.
const BETTER_LEADER =
  /\b(better|good|great|stronger|more effective) ([a-z]+ ){0,2}(manager|leader|boss)\b/;

const COACH_NEEDS = GOAL_NEEDS.filter((need) => NEED_POINTS_TO[need] === 'coach');

export function coachingAreas(
  words: readonly GoalWord[],
  mentions: readonly SidedMention[],
  ticked: readonly GoalNeed[],
  hasTarget: boolean,
): CoachNeed[] {
  const inTitle = (at: number) =>
    mentions.some((mention) => mention.kind === 'title' && mention.start <= at && at < mention.end);
  const found = new Set<GoalNeed>(ticked.filter((need) => NEED_POINTS_TO[need] === 'coach'));
  const hits = new Map<number, CoachNeed>();
  for (const { need, index } of INDEXES) {
    for (const hit of findPhrases(words, index)) {
      if (inTitle(hit.start)) continue;
      found.add(need);
      hits.set(hit.start, need);
    }
  }
  for (const hit of findPhrases(words, BETTER_AT)) {
    const next = [...hits.entries()].filter(
      ([at]) => at >= hit.start + hit.length && at <= hit.start + hit.length + 3,
    );
    if (!next.some(([, need]) => need !== 'other-skill')) found.add('other-skill');
  }
  if (!hasTarget && findPhrases(words, OPEN_DIRECTION).length > 0) found.add('career-direction');
  const text = words.map((word) => word.word).join(' ');
  if (BETTER_LEADER.test(text)) {
    found.add('other-skill');
    found.add('interpersonal');
  }
  return COACH_NEEDS.filter((need): need is CoachNeed => found.has(need));
}
