/**
 * The two sides of a request. A protégé may ask a supporter, or a supporter may offer help to
 * a protégé: the receiver is whoever did not send it, and only the receiver answers.
 */
import type { Actor } from '../auth/session';

type Sides = { origin: string; protegeId: string; supporterId: string };

export const kindWord = (kind: string) => (kind === 'MENTOR' ? 'mentor' : 'coach');

/** The person who must answer: the supporter when the protégé asked, and the other way round. */
export const receiverOf = (request: Sides) =>
  request.origin === 'PROTEGE' ? request.supporterId : request.protegeId;
export const senderOf = (request: Sides) =>
  request.origin === 'PROTEGE' ? request.protegeId : request.supporterId;

/** Where the caller is the receiver (the one who answers). */
export const receivedBy = (actor: Actor) => ({
  OR: [
    { origin: 'PROTEGE' as const, supporterId: actor.id },
    { origin: 'SUPPORTER' as const, protegeId: actor.id },
  ],
});
/** Where the caller is the sender. */
export const sentBy = (actor: Actor) => ({
  OR: [
    { origin: 'PROTEGE' as const, protegeId: actor.id },
    { origin: 'SUPPORTER' as const, supporterId: actor.id },
  ],
});
