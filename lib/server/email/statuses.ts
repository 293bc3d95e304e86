import 'server-only';
/**
 * Proof, at compile time only, that the e-mail states the UI names (lib/core/email/statuses.ts)
 * are the database's: this file fails to compile when the schema gains or loses a value.
 */
import type { Assert, Same } from '@/lib/core/same-type';
import type { EmailStatus } from '@/lib/core/email/statuses';
import type { EmailFrequency, EmailKind } from '@/lib/core/email/kinds';
import type * as Db from '@/lib/generated/prisma/enums';

export type EmailStatusesMatch = Assert<Same<EmailStatus, Db.EmailStatus>>;
export type EmailKindsMatch = Assert<Same<EmailKind, Db.EmailKind>>;
export type EmailFrequenciesMatch = Assert<Same<EmailFrequency, Db.EmailFrequency>>;
