import 'server-only';
/** An invitation's status as its reader should see it: open past its date reads as expired. */
type Status = 'OPEN' | 'ACCEPTED' | 'DECLINED' | 'WITHDRAWN' | 'EXPIRED';

export function statusOf(invitation: { status: Status; expiresAt: Date }, now: Date): Status {
  return invitation.status === 'OPEN' && invitation.expiresAt <= now
    ? 'EXPIRED'
    : invitation.status;
}
