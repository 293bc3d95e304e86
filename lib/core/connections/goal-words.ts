/**
 * When the mentor or coach of a request or relationship may read the goal's words. Its owner
 * always may. The other side reads them only while something about the goal is live between
 * the two (a request still open, a relationship not ended): a supporter who declined, whose
 * offer was turned down, or whose relationship ended no longer reads the goal as it is now.
 * An "only people I ask" goal is read only by someone the owner asked, or said yes to.
 */
import type { GoalVisibilityId } from '../goals/visibility';
import type { RelationshipState, RequestStatus } from './statuses';

export interface GoalWordsCase {
  status: RequestStatus;
  origin: 'PROTEGE' | 'SUPPORTER' | 'PROGRAM' | 'OUTSIDE';
  visibility: GoalVisibilityId;
  /** The owner's yes on an invitation (a program's, which both must accept). */
  ownerSaidYes: boolean;
  /** The relationship the request started, if it did. */
  relationshipState: RelationshipState | null;
}

export function supporterReadsGoal(c: GoalWordsCase): boolean {
  const live =
    c.status === 'OPEN' ||
    (c.status === 'ACCEPTED' && c.relationshipState !== null && c.relationshipState !== 'ENDED');
  if (!live) return false;
  if (c.visibility === 'MATCHING_SUPPORTERS') return true;
  return (
    c.origin === 'PROTEGE' || c.origin === 'OUTSIDE' || c.status === 'ACCEPTED' || c.ownerSaidYes
  );
}
