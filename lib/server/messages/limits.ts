import 'server-only';
import type { LimitPolicy } from '../rate-limit';

/**
 * Messages one person sends, over all their relationships: a lively exchange stays well under
 * it, a script filling someone's inbox does not.
 */
export const MESSAGES_PER_USER: LimitPolicy = {
  name: 'messages:user',
  points: 30,
  durationSeconds: 10 * 60,
};
