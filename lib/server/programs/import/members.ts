import 'server-only';
/** The program's members, a page at a time, for the People page: who they are and what they offer. */
import type { Actor } from '../../auth/session';
import { db } from '../../db';
import { runBy } from '../run-by';

export const MEMBERS_PAGE_SIZE = 50;

export async function listProgramMembers({
  actor,
  programId,
  page,
}: {
  actor: Actor;
  programId: string;
  /** 1-based. */
  page: number;
}) {
  const where = { programId, program: runBy(actor) };
  const [total, members] = await Promise.all([
    db.programMember.count({ where }),
    db.programMember.findMany({
      where,
      orderBy: [{ user: { name: 'asc' } }, { userId: 'asc' }],
      skip: (Math.max(1, page) - 1) * MEMBERS_PAGE_SIZE,
      take: MEMBERS_PAGE_SIZE,
      select: {
        userId: true,
        externalId: true,
        user: {
          select: {
            name: true,
            email: true,
            emailVerified: true,
            passwordHash: true,
            profile: {
              select: {
                offers: true,
                capacity: true,
                organisation: { select: { name: true } },
                function: { select: { name: true } },
              },
            },
          },
        },
      },
    }),
  ]);
  return {
    total,
    members: members.map(({ userId, externalId, user }) => ({
      userId,
      externalId,
      name: user.name,
      email: user.email,
      // Never signed in: no password, and no link followed (which proves the address).
      signedIn: user.emailVerified !== null || user.passwordHash !== null,
      organisation: user.profile?.organisation.name ?? null,
      function: user.profile?.function.name ?? null,
      offers: user.profile?.offers ?? 'NONE',
      capacity: user.profile?.capacity ?? 0,
    })),
  };
}
