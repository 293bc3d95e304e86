/**
 * Turns what was found in the text and what was answered in the form into weighted signals
 * on three sides: a destination (points to a mentor), a gap to close (a coach), or an open
 * question about direction or energy (a coach). Each signal carries the reason it earns.
 */
import type { GoalNeed } from '@/lib/core/goals/needs';
import { NEED_LABELS, NEED_POINTS_TO } from '@/lib/core/goals/needs';
import type { CueHit } from './match';
import type { TriageInput, TriageReason } from './types';

export type Side = 'destination' | 'gap' | 'open';

export interface Signal extends TriageReason {
  side: Side;
  weight: number;
  /** Asks outright for someone who has walked the path: a part of its own, see decide. */
  ask?: boolean;
}

// A ticked box is a deliberate answer, so it outweighs any single phrase in the text.
const NEED_WEIGHT = 2.5;
const CLEAR_WEIGHT = 1;
const EXPLORING_WEIGHT = 2.5;

export function sideOf(need: GoalNeed): Side {
  if (NEED_POINTS_TO[need] === 'mentor') return 'destination';
  return need === 'career-direction' || need === 'motivation' ? 'open' : 'gap';
}

/** One signal per cue code (its strongest hit); set-aside hits become notes, not weight. */
export function textSignals(hits: readonly CueHit[]): {
  signals: Signal[];
  setAside: TriageReason[];
} {
  const signals = new Map<string, Signal>();
  const setAside = new Map<string, TriageReason>();
  for (const hit of hits) {
    const { cue } = hit;
    if (hit.polarity === 'wanted' && !signals.has(cue.code)) {
      signals.set(cue.code, {
        code: cue.code,
        text: cue.reason(hit.found),
        side: cue.side ?? sideOf(cue.need),
        weight: cue.weight,
        ...(cue.ask ? { ask: true } : {}),
      });
    } else if (hit.polarity === 'set-aside' && !setAside.has(cue.code)) {
      setAside.set(cue.code, {
        code: `${cue.code}-set-aside`,
        text: `You set aside "${hit.found}", so it does not count towards the recommendation.`,
      });
    }
  }
  for (const code of signals.keys()) setAside.delete(code);
  return { signals: [...signals.values()], setAside: [...setAside.values()] };
}

function needReason(need: GoalNeed): string {
  const written = NEED_LABELS[need];
  const label = `${written.charAt(0).toLowerCase()}${written.slice(1)}`;
  return NEED_POINTS_TO[need] === 'mentor'
    ? `You ticked "${label}": a mentor who has been down that road can guide you.`
    : `You ticked "${label}": a coach can help you work on that.`;
}

export function answerSignals(input: TriageInput): Signal[] {
  const signals: Signal[] = [];
  if (input.clarity === 'clear') {
    signals.push({
      code: 'answer-clarity-clear',
      text: 'You said you are clear about where you want to get to; a mentor helps most once the destination is settled.',
      side: 'destination',
      weight: CLEAR_WEIGHT,
    });
  } else if (input.clarity === 'exploring') {
    signals.push({
      code: 'answer-clarity-exploring',
      text: 'You said you are still exploring; a coach helps you work out the direction before choosing a path.',
      side: 'open',
      weight: EXPLORING_WEIGHT,
    });
  }
  for (const need of new Set(input.needs ?? [])) {
    // Ticking a path need is asking for that path, as plainly as "someone who did it".
    const side = sideOf(need);
    signals.push({
      code: `answer-need-${need}`,
      text: needReason(need),
      side,
      weight: NEED_WEIGHT,
      ...(side === 'destination' ? { ask: true } : {}),
    });
  }
  return signals;
}
