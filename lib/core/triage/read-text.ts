/**
 * Everything the goal's words say, as signals: the phrase cues, the readers for open-ended
 * shapes (a named step, a move abroad, help with a skill) and asks for someone by what they
 * have lived. Cue hits inside a lived ask are that person's experience, so they are taken out
 * before weighing.
 */
import { findCountryMoves } from './country-move';
import { findLivedAsks, livedSignals, outsideAsks } from './experience';
import { findHelpAsks } from './help-ask';
import { findCues } from './match';
import { findNamedSteps } from './named-step';
import type { GoalToken } from './nlp';
import type { Signal } from './signals';
import { textSignals } from './signals';
import type { TriageReason } from './types';

export function readText(tokens: readonly GoalToken[]): {
  signals: Signal[];
  setAside: TriageReason[];
} {
  const asks = findLivedAsks(tokens);
  const cueHits = findCues(tokens);
  const hits = [
    ...cueHits,
    ...findNamedSteps(tokens, cueHits),
    ...findCountryMoves(tokens),
    ...findHelpAsks(tokens, cueHits),
  ];
  const text = textSignals(outsideAsks(hits, asks));
  const lived = livedSignals(tokens, asks);
  return {
    signals: [...lived.signals, ...text.signals],
    setAside: [...lived.setAside, ...text.setAside],
  };
}
