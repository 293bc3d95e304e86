/**
 * What a program's audit log records, one name per admin action. The column is free text, so
 * the names live here, where the servers that write them and the page that words them may
 * both import them; an entry whose name is not listed (an older or newer build's) is shown
 * by its name.
 */
export const AUDIT_ACTIONS = [
  'program-created',
  'policy-changed',
  'people-imported',
  'run-started',
  'run-cancelled',
  'run-cancel-too-late',
  'proposal-approved',
  'proposal-rejected',
  'proposal-proposed',
  'proposal-swapped',
  'proposal-paired-manually',
  'pair-ruled-out',
  'pair-allowed-again',
  'proposals-approved-above',
  'proposals-rejected-below',
  'proposals-approved-ticked',
  'proposals-rejected-ticked',
  'run-published',
  'join-link-renewed',
  'invitation-resent',
  'admin-added',
  'admin-removed',
  'member-removed',
  'member-left',
  'program-archived',
  'window-changed',
  'outside-mentors-changed',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

const known: ReadonlySet<string> = new Set(AUDIT_ACTIONS);

export const isAuditAction = (action: string): action is AuditAction => known.has(action);
