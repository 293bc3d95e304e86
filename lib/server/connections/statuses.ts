import 'server-only';
/**
 * Proof, at compile time only, that the states the UI names (lib/core/connections/statuses.ts)
 * are the database's: this file fails to compile when the schema gains or loses a value.
 */
import type { Assert, Same } from '@/lib/core/same-type';
import type { RelationshipState, RequestStatus } from '@/lib/core/connections/statuses';
import type * as Db from '@/lib/generated/prisma/enums';

export type RequestStatusesMatch = Assert<Same<RequestStatus, Db.RequestStatus>>;
export type RelationshipStatesMatch = Assert<Same<RelationshipState, Db.RelationshipState>>;
