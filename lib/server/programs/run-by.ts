import 'server-only';
/**
 * Who may run a program, as a `where`: every program read and write puts it in its filter, so
 * another program is "not found". On its own so that the audit log and the programs module,
 * which writes to it, can both use it without importing each other.
 */
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Actor } from '../auth/session';

/** Programs the caller may run: all of them for a platform admin, else those they administer. */
export const runBy = (actor: Actor): Prisma.ProgramWhereInput =>
  actor.isPlatformAdmin ? {} : { admins: { some: { userId: actor.id } } };
