import 'server-only';
/**
 * The sides of a request. A protégé may ask a supporter, or a supporter may offer help to a
 * protégé: the receiver is whoever did not send it, and only the receiver answers. A program's
 * invitation has no sender among the two: both receive it, and both must say yes. An
 * invitation from outside (OUTSIDE) is the protégé's ask, answered by the invitee before its
 * request is written, so it reads like an accepted protégé's request.
 */
import type { Actor } from '../auth/session';

type Sides = { origin: string; protegeId: string; supporterId: string };

export const kindWord = (kind: string) => (kind === 'MENTOR' ? 'mentor' : 'coach');

/** Who must answer: the supporter when the protégé asked, the protégé for an offer, both for an invitation. */
export const receiversOf = (request: Sides): string[] =>
  request.origin === 'PROTEGE' || request.origin === 'OUTSIDE'
    ? [request.supporterId]
    : request.origin === 'SUPPORTER'
      ? [request.protegeId]
      : [request.protegeId, request.supporterId];
/** Who sent it; null for a program's invitation. */
export const senderOf = (request: Sides): string | null =>
  request.origin === 'PROTEGE' || request.origin === 'OUTSIDE'
    ? request.protegeId
    : request.origin === 'SUPPORTER'
      ? request.supporterId
      : null;
/** The other person of the two. */
export const otherOf = (request: Omit<Sides, 'origin'>, userId: string) =>
  request.protegeId === userId ? request.supporterId : request.protegeId;

/** Where the caller is a receiver (one who answers). */
export const receivedBy = (actor: Actor) => ({
  OR: [
    { origin: 'PROTEGE' as const, supporterId: actor.id },
    { origin: 'OUTSIDE' as const, supporterId: actor.id },
    { origin: 'SUPPORTER' as const, protegeId: actor.id },
    { origin: 'PROGRAM' as const, protegeId: actor.id },
    { origin: 'PROGRAM' as const, supporterId: actor.id },
  ],
});
/** Where the caller is the sender. */
export const sentBy = (actor: Actor) => ({
  OR: [
    { origin: 'PROTEGE' as const, protegeId: actor.id },
    { origin: 'OUTSIDE' as const, protegeId: actor.id },
    { origin: 'SUPPORTER' as const, supporterId: actor.id },
  ],
});

/**
 * An offer's protégé is not named to the mentor or coach who made it until they accept: the
 * goal was shown to them without a name, and saying no must not give it away.
 */
export const protegeUnnamed = (request: { origin: string; status: string }) =>
  request.origin === 'SUPPORTER' && request.status !== 'ACCEPTED';
export const UNNAMED_PROTEGE = 'the person you offered to help';
