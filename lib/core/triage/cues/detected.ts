/**
 * Cues found by a reader of their own rather than by phrase patterns, because what they look
 * for is open-ended: any step after "become", any country after "moving to", any skill after
 * "help with". Listed with the other cues so their codes and needs are known everywhere
 * (the coach fit maps codes to needs); their patterns are empty on purpose.
 */
import type { Cue } from './cue';

export const NAMED_STEP_CUE: Cue = {
  code: 'text-named-step',
  need: 'navigate-path',
  weight: 1.5,
  patterns: [],
  reason: (found) =>
    `You name the step you are aiming for (${found}); a mentor who has taken it can help you find the way there.`,
};

export const COUNTRY_MOVE_CUE: Cue = {
  code: 'text-country-move',
  need: 'navigate-path',
  weight: 1.5,
  patterns: [],
  reason: (found) =>
    `You are moving your career to another country ("${found}"); someone who has made that move knows what it really takes.`,
};

export const HELP_ASK_CUE: Cue = {
  code: 'text-help-with-skill',
  need: 'other-skill',
  weight: 1.5,
  patterns: [],
  reason: (found) =>
    `You ask for help with something to practise ("${found}"); working on it with you is a coach's job.`,
};

export const DETECTED_CUES: readonly Cue[] = [NAMED_STEP_CUE, COUNTRY_MOVE_CUE, HELP_ASK_CUE];
