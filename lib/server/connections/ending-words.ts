import 'server-only';
/**
 * What the other side is told when a request or relationship ends. One set of words whichever
 * way it came about (an answer, a withdrawal, an ending, or a block), so that a block reads
 * exactly like the ordinary thing it stands in for and tells nobody they were blocked.
 */
import { kindWord } from './sides';

/** The receiver said no. An offer's protégé stays unnamed to the one who offered. */
export function declinedWords(request: { origin: string }, actorName: string): string {
  return request.origin === 'SUPPORTER'
    ? 'The person you offered to help has decided not to take up your offer. Thank you for offering.'
    : `${actorName} can't take this on right now. You can ask someone else from your suggestions.`;
}

export const withdrawnWords = (actorName: string) =>
  `${actorName} withdrew their request; there is nothing for you to do.`;

export function endedWords(
  relationship: { state: string; kind: string },
  actorName: string,
): string {
  return relationship.state === 'INTRO'
    ? `${actorName} ended the introduction. That is what introductions are for; you can look for someone else.`
    : `${actorName} ended your ${kindWord(relationship.kind)} relationship. Thank you for the time you gave it.`;
}
