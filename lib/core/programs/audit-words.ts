/** What each audit action is called on the audit page and in its download. */
import { isAuditAction, type AuditAction } from './audit-actions';

export const ACTION_WORDS: Record<AuditAction, string> = {
  'program-created': 'Created the program',
  'policy-changed': 'Changed the policy',
  'people-imported': 'Imported people',
  'run-started': 'Started a matching run',
  'run-cancelled': 'Cancelled a matching run',
  'run-cancel-too-late': 'Asked to cancel a run that had already finished',
  'proposal-approved': 'Approved a proposal',
  'proposal-rejected': 'Rejected a proposal',
  'proposal-proposed': 'Put a proposal back under review',
  'proposal-swapped': 'Swapped the person of a proposal',
  'proposal-paired-manually': 'Paired a goal with someone by hand',
  'pair-ruled-out': 'Ruled out a pair for the program',
  'pair-allowed-again': 'Allowed a ruled-out pair again',
  'proposals-approved-above': 'Approved every proposal above a fit',
  'proposals-rejected-below': 'Rejected every proposal below a fit',
  'proposals-approved-ticked': 'Approved the ticked proposals',
  'proposals-rejected-ticked': 'Rejected the ticked proposals',
  'run-published': 'Published approved proposals as invitations',
  'join-link-renewed': 'Made a new invitation link',
  'invitation-resent': 'Sent a sign-in invitation again',
  'admin-added': 'Made someone an admin of the program',
  'admin-removed': 'Removed an admin of the program',
  'member-removed': 'Removed a member from the program',
  'member-left': 'Left the program',
  'program-archived': 'Archived the program',
  'window-changed': 'Changed the program’s dates',
  'outside-mentors-changed': 'Changed whether members may invite mentors from outside',
};

/** An entry's action in words; one this build does not know is shown by its name. */
export const actionWords = (action: string) =>
  isAuditAction(action) ? ACTION_WORDS[action] : action;
