import 'server-only';
/**
 * Proof, at compile time only, that the kinds of help the UI names (StoredHelpKind in
 * lib/core/goals/goal-triage.ts) are the database's HelpKind: this file fails to compile when
 * the schema gains or loses a value, and with it every word map keyed by StoredHelpKind.
 */
import type { StoredHelpKind } from '@/lib/core/goals/goal-triage';
import type { Assert, Same } from '@/lib/core/same-type';
import type * as Db from '@/lib/generated/prisma/enums';

export type HelpKindsMatch = Assert<Same<StoredHelpKind, Db.HelpKind>>;
