/**
 * The decision: weigh destination against gap and open questions, call it mentor, coach or
 * both, and say how sure we are. "Both" needs a settled destination AND a real gap on the
 * way; with nothing to go on, a coach is the starting point (a good coach is the foundation).
 */
import type { Side, Signal } from './signals';
import type { TriageKind, TriageReason } from './types';

export interface Decision {
  kind: TriageKind;
  confidence: number;
  reasons: TriageReason[];
}

const BOTH_THRESHOLD = 1.5;
// Enough evidence for full strength: two firm signals on one side.
const FULL_STRENGTH = 4;

const NO_SIGNAL: TriageReason = {
  code: 'no-clear-signal',
  text: 'Your goal does not yet name a destination or a skill to build; a coach is a good first step to pin down what you want.',
};

function total(signals: readonly Signal[], side: Side): number {
  return signals
    .filter((signal) => signal.side === side)
    .reduce((sum, signal) => sum + signal.weight, 0);
}

function byWeight(signals: readonly Signal[]): TriageReason[] {
  // Array.prototype.sort is stable, so equal weights keep the order they were found in.
  return [...signals].sort((a, b) => b.weight - a.weight).map(({ code, text }) => ({ code, text }));
}

function round(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 100) / 100;
}

export function decide(
  signals: readonly Signal[],
  setAside: readonly TriageReason[],
  hedges: number,
): Decision {
  const destination = total(signals, 'destination');
  const gap = total(signals, 'gap');
  const open = total(signals, 'open');
  const coach = gap + open;
  const hedged = 1 - 0.1 * Math.min(2, hedges);

  if (destination + coach === 0)
    return { kind: 'coach', confidence: round(0.2 * hedged), reasons: [NO_SIGNAL, ...setAside] };

  // A path asked for outright ("someone who came back after a break", a ticked path need) is
  // a part of its own: an open question beside it (what to go back to, energy, confidence) is
  // a second part to work on, not doubt about the path. Otherwise only a gap makes "both", and
  // only when the open questions do not outweigh the destination.
  const asked = signals.some((signal) => signal.ask === true);
  const coachPart = asked ? coach : gap;
  if (
    destination >= BOTH_THRESHOLD &&
    coachPart >= BOTH_THRESHOLD &&
    (asked || open < destination)
  ) {
    const strength = Math.min(1, Math.min(destination, coachPart) / 3);
    const doubt = asked ? 0 : open / (destination + coach);
    return {
      kind: 'both',
      confidence: round((0.3 + 0.6 * strength) * (1 - doubt) * hedged),
      reasons: [...byWeight(signals), ...setAside],
    };
  }

  const kind = destination > coach ? 'mentor' : 'coach';
  const winner = Math.max(destination, coach);
  const loser = Math.min(destination, coach);
  const margin = (winner - loser) / (winner + loser);
  const strength = Math.min(1, winner / FULL_STRENGTH);
  const confidence = (0.3 + 0.65 * strength) * (0.5 + 0.5 * margin) * hedged;
  const winning = signals.filter(
    (signal) => (kind === 'mentor') === (signal.side === 'destination'),
  );
  return { kind, confidence: round(confidence), reasons: [...byWeight(winning), ...setAside] };
}
