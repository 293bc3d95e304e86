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
    // "Not sure how to get there" is a question about the path, which is a mentor's, and a
    // "career change into UX" is a move already chosen.
    notBefore: 'how into',
    patterns: [
      'not sure|certain',
      'unsure|uncertain|undecided|crossroads|torn|lost|direction',
      'no idea',
      // Only not knowing: "I know what I want" is the opposite of an open direction.
      'not|never ~ know|knew|knowing ~ what|where|whether|which|if',
      'idk|dunno|clueless',
      'no clue',
      'work|working out whether|which|if',
      'work|working out what i',
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
      // Feeling stuck, not "stuck at senior manager", which is a plateau on a path.
      'feel|feeling|felt|so|totally|completely|really|bit|little ~ stuck',
      'stuck in ~ rut',
      'stress|stressed|stressful',
    ],
    reason: (found) =>
      `You mention your motivation or energy ("${found}"); a coach can help you understand it and get your energy back.`,
  },
  {
    // Confidence is filed under motivation, as in the goals vocabulary; it is coaching even
    // when the person asks for a "mentor": nobody else's path builds it for you.
    code: 'text-confidence',
    need: 'motivation',
    side: 'gap',
    weight: 2,
    patterns: [
      // Exact: by stem "confidence" would take in "I'm confident I want to be a CTO".
      '=confidence',
      'self - confidence|belief|doubt|esteem',
      'more|less|not|feel|feeling|be|sound|get ~ confident',
      'imposter|impostor|insecure|insecurity|shy|timid',
      'nervous|nerves|anxious|anxiety|panic|panicking',
      'terrify|terrifies|terrified|scared|afraid|fear|frightened|intimidated|daunted',
      'second - guess|guessing',
      'doubt|doubting ~ myself',
      'believe|believing ~ in myself',
      'believe|believing i can',
      'freeze|freezes|froze|freezing|shaky|shaking',
      'rusty',
    ],
    reason: (found) =>
      `You want more confidence ("${found}"); a coach helps you build it, whoever has walked the path before you.`,
  },
  {
    code: 'text-composure',
    need: 'interpersonal',
    weight: 2,
    patterns: [
      'temper|shouting|shout|shouted|yell|yelling|defensive|flustered|composure|rattled',
      'calm|calmer ~ under|when|with|in',
      'keep|stay|staying ~ calm',
    ],
    reason: (found) =>
      `You want to stay steady when things get heated ("${found}"); a coach helps you find what works for you.`,
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
      "been|being|was|were|i am|i'm ~ told",
      'take|taking|took ~ feedback|criticism ~ personally|badly|hard',
      'told me',
      'criticism|critique',
    ],
    unless: 'give giving gave provide providing deliver delivering',
    reason: (found) =>
      `You want to make sense of feedback ("${found}"); a coach gives an outside view and helps you decide what to act on.`,
  },
];
