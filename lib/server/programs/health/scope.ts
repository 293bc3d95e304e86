import 'server-only';
/**
 * Whose figures a program's dashboard counts. People are the program's members (its
 * ProgramMember rows). A request or relationship belongs to the program when its protégé is a
 * member: the protégé is the one the program enrols to get help, while a supporter may help
 * people inside and outside it. So a protégé's own requests and relationships count even when
 * not sent through the program, and a person in two programs counts in both. Supporters'
 * utilisation is the exception: capacity is per person, so all their relationships count.
 *
 * These fragments carry no access rule: `programHealth` reads them only after finding the
 * program with `runBy(actor)` in its where.
 */
import { Prisma } from '@/lib/generated/prisma/client';

export const memberIds = (programId: string) =>
  Prisma.sql`SELECT "userId" FROM "ProgramMember" WHERE "programId" = ${programId}`;
