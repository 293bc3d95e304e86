import 'server-only';
/**
 * Everything the product holds about the caller, for them to download: their account,
 * profile, career steps, goals, requests and relationships (with the other person's name, as
 * they see them in the product), check-ins, notifications, program memberships and their own
 * privacy choices, and the invitations from outside they sent or were sent. Nothing private of anyone else: not who blocked them or asked not to be
 * suggested them, not another person's end note; and of other people (manager, mentors,
 * coaches) only the name the product shows, never their e-mail or other contact details
 * (test/security/export-holds-own-data.db.test.ts).
 */
import type { Actor } from '../auth/session';
import { protegeUnnamed, UNNAMED_PROTEGE } from '../connections/sides';
import { db } from '../db';
import { ownOutsideInvitations } from '../outside/own-invitations';

const person = { select: { name: true } } as const;

export async function ownData({ actor }: { actor: Actor }) {
  const me = actor.id;
  const mine = { OR: [{ protegeId: me }, { supporterId: me }] };
  const [
    account,
    requests,
    relationships,
    notifications,
    blocks,
    exclusions,
    memberships,
    outsideInvitations,
  ] = await Promise.all([
    db.user.findUniqueOrThrow({
      where: { id: me },
      select: {
        name: true,
        email: true,
        createdAt: true,
        profile: {
          omit: { userId: true, organisationId: true, functionId: true, managerId: true },
          include: {
            organisation: { select: { name: true } },
            function: { select: { name: true } },
            manager: { select: { name: true } },
          },
        },
        experiences: { omit: { userId: true, functionId: true }, include: { function: true } },
        goals: {
          omit: { userId: true },
          include: { dismissals: { select: { personId: true, createdAt: true } } },
        },
      },
    }),
    db.connectionRequest.findMany({
      where: mine,
      omit: { supporterId: true, proposalId: true, programId: true },
      include: { protege: person, supporter: person, program: { select: { name: true } } },
    }),
    db.relationship.findMany({
      where: mine,
      include: {
        protege: person,
        supporter: person,
        events: { select: { state: true, at: true } },
        checkIns: { select: { authorId: true, note: true, rating: true, createdAt: true } },
        messages: { select: { authorId: true, text: true, createdAt: true } },
        meetings: {
          omit: { relationshipId: true },
          include: { notes: { select: { authorId: true, text: true } } },
        },
      },
    }),
    db.notification.findMany({ where: { userId: me }, omit: { userId: true } }),
    db.block.findMany({ where: { blockerId: me }, select: { blocked: person, createdAt: true } }),
    db.pairExclusion.findMany({
      where: { userId: me },
      select: { other: person, createdAt: true },
    }),
    db.programMember.findMany({
      where: { userId: me },
      select: { joinedAt: true, program: { select: { name: true } } },
    }),
    ownOutsideInvitations({ actor }),
  ]);
  return {
    exportedAt: new Date(),
    account,
    // As the request page shows them: an offer's protégé is unnamed to the one who offered.
    requests: requests.map(({ protegeId, ...request }) =>
      protegeId !== me && protegeUnnamed(request)
        ? { ...request, protege: { name: UNNAMED_PROTEGE } }
        : request,
    ),
    relationships: relationships.map(({ endNote, endedById, ...relationship }) => ({
      ...relationship,
      endedById,
      // An end note is for the program's admins; the one who wrote it may have it back.
      ...(endedById === me ? { endNote } : {}),
    })),
    notifications,
    privacy: { blocked: blocks, notSuggested: exclusions },
    programs: memberships,
    outsideInvitations,
  };
}
