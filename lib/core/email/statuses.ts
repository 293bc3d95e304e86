/**
 * The states of an outgoing e-mail, as a plain union the pages may import: lint keeps them from
 * the Prisma client and its generated enums. That it is the database's enum, value for value,
 * is checked at compile time in lib/server/email/statuses.ts, so a new value in the schema is a
 * type error in every word map keyed by it.
 */
export type EmailStatus = 'QUEUED' | 'SENDING' | 'SENT' | 'HELD' | 'AWAITING_DIGEST' | 'IN_DIGEST';
