/**
 * Mentor/coach triage: reads a goal in the protégé's own words (plus any structured answers)
 * and recommends a mentor, a coach or both, with reasons that point at what they wrote.
 * Pure and deterministic: no I/O, no clock, no randomness.
 */
import { decide } from './decide';
import { readGoal } from './nlp';
import { readText } from './read-text';
import { answerSignals } from './signals';
import type { TriageInput, TriageResult } from './types';

export type { TriageInput, TriageKind, TriageReason, TriageResult } from './types';

// Hedges soften confidence, not the direction: "maybe VP one day" still points at a mentor.
const HEDGES = new Set([
  'maybe',
  'perhaps',
  'might',
  'possibly',
  'probably',
  'kinda',
  'sorta',
  'somewhat',
  'guess',
]);

export function triageGoal(input: TriageInput): TriageResult {
  const tokens = readGoal(input.goal);
  const text = readText(tokens);
  const hedges = tokens.filter((token) => HEDGES.has(token.normal)).length;
  return decide([...text.signals, ...answerSignals(input)], text.setAside, hedges);
}
