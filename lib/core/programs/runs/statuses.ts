/**
 * The states of a matching run and of its proposals, as plain unions the pages and components
 * may import: lint keeps them from the Prisma client and its generated enums. That they are the
 * database's enums, value for value, is checked at compile time in
 * lib/server/programs/runs/statuses.ts, so a new value in the schema is a type error in every
 * word map keyed by them.
 */
export type RunStatus = 'QUEUED' | 'RUNNING' | 'DONE' | 'CANCELLED' | 'FAILED';

export type ProposalStatus = 'PROPOSED' | 'APPROVED' | 'REJECTED' | 'PUBLISHED';
