/**
 * The states of a request and of a relationship, as plain unions the pages and components may
 * import: lint keeps them from the Prisma client and its generated enums. That they are the
 * database's enums, value for value, is checked at compile time in
 * lib/server/connections/statuses.ts, so a new value in the schema is a type error in every
 * word map keyed by them.
 */
export type RequestStatus = 'OPEN' | 'ACCEPTED' | 'DECLINED' | 'WITHDRAWN' | 'EXPIRED';

export type RelationshipState = 'INTRO' | 'ACTIVE' | 'ENDED';
