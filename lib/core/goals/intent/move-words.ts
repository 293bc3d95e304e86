/** Each kind of move in the words a person reads on their goal's page. */
import type { IntentMove } from './types';

export const MOVE_LABELS: Readonly<Record<IntentMove, string>> = {
  'step-up': 'A step up within my function',
  'function-change': 'A move into another function',
  'country-move': 'A move to another country',
  founding: 'Founding a company or going independent',
  'return-after-break': 'Coming back after a career break',
  'senior-unwritten-rules': 'A senior role where the rules are unwritten',
  'unusual-path': 'An unusual path with few role models',
};
