import 'server-only';
/**
 * Proof, at compile time only, that the states the UI names (lib/core/programs/runs/statuses.ts)
 * are the database's: this file fails to compile when the schema gains or loses a value.
 */
import type { Assert, Same } from '@/lib/core/same-type';
import type { ProposalStatus, RunStatus } from '@/lib/core/programs/runs/statuses';
import type * as Db from '@/lib/generated/prisma/enums';

export type RunStatusesMatch = Assert<Same<RunStatus, Db.MatchingRunStatus>>;
export type ProposalStatusesMatch = Assert<Same<ProposalStatus, Db.ProposalStatus>>;
