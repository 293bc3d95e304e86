/**
 * A small world for the authorisation walk: a protégé (the owner) with goals, a career step,
 * an open request to a mentor (the supporter) and a relationship with them; a program run by
 * one admin, with both enrolled, a finished run and an approved proposal; another program's
 * admin; a stranger; a platform admin; and a guest the owner invited from outside, who accepted
 * one invitation (coaching on the relationship goal) and has another still open (coaching on the
 * first goal). Each call of the walk that may change things gets a fresh one.
 */
import { randomUUID } from 'node:crypto';
import { EXPERIENCE_KIND_IDS } from '@/lib/core/profile/experience-kinds';
import { experienceSchema } from '@/lib/validation/profile';
import type { Actor } from '@/lib/server/auth/session';
import { createActor } from '@/scripts/support/actors';
import { createTestGoal, createTestProfile } from '@/scripts/support/people';
import { acceptRequest } from '@/lib/server/connections/accept';
import { sendRequest } from '@/lib/server/connections/requests';
import { NOTE } from '../db/connections';
import { db } from '@/lib/server/db';
import { addExperience } from '@/lib/server/experiences/experiences';
import { createProgram } from '@/lib/server/programs/programs';
import { acceptOutsideInvitation } from '@/lib/server/outside/answer-invitation';
import { sendOutsideInvitation } from '@/lib/server/outside/send-invitation';

export type Role =
  'owner' | 'supporter' | 'stranger' | 'programAdmin' | 'otherAdmin' | 'platformAdmin' | 'guest';
export const ROLES: Role[] = [
  'owner',
  'supporter',
  'stranger',
  'programAdmin',
  'otherAdmin',
  'platformAdmin',
  'guest',
];

/** A guest account, as following an invitation's link makes one (here with a password set). */
async function guestInvitedBy(owner: Actor, goalId: string) {
  const guest = await createActor();
  await db.user.update({ where: { id: guest.id }, data: { kind: 'GUEST' } });
  const invite = () =>
    sendOutsideInvitation({
      actor: owner,
      input: { goalId, email: guest.email, kind: 'COACH', note: NOTE },
    });
  await invite();
  const accepted = await db.outsideInvitation.findFirstOrThrow({
    where: { protegeId: owner.id, inviteeEmail: guest.email, status: 'OPEN' },
  });
  await acceptOutsideInvitation({
    actor: guest,
    input: { invitationId: accepted.id, name: 'Guest From Outside' },
  });
  return { ...guest, name: 'Guest From Outside', isGuest: true };
}

async function platformAdmin(): Promise<Actor & { password: string }> {
  const actor = await createActor();
  await db.user.update({ where: { id: actor.id }, data: { isPlatformAdmin: true } });
  return { ...actor, isPlatformAdmin: true };
}

async function programRunBy(owner: Actor, admin: Actor) {
  return createProgram({
    actor: owner,
    input: { name: `Walk ${randomUUID()}`, description: '', adminEmails: [admin.email] },
  });
}

/** A career step any test may add. */
export const sampleExperience = () =>
  experienceSchema.parse({
    title: 'Analyst',
    level: 2,
    function: 'Finance',
    organisation: 'Acme',
    country: 'FR',
    kind: EXPERIENCE_KIND_IDS[0],
    startYear: 2019,
  });

export async function buildWorld() {
  const [owner, supporter, helper, stranger, programAdmin, otherAdmin, admin] = [
    await createActor(),
    await createActor(),
    await createActor(),
    await createActor(),
    await createActor(),
    await createActor(),
    await platformAdmin(),
  ];
  await createTestProfile(db, owner.id);
  await createTestProfile(db, supporter.id, { offers: 'BOTH', capacity: 5, jobTitle: 'Director' });
  await createTestProfile(db, helper.id, { offers: 'BOTH', capacity: 5, jobTitle: 'Director' });
  const mark = async (statement: string) => {
    const goal = await createTestGoal(db, owner.id, statement);
    return db.goal.update({ where: { id: goal.id }, data: { triageKind: 'MENTOR' } });
  };
  const goal = await mark('I want to lead a finance team within two years.');
  const relationshipGoal = await mark('I want to move into treasury and need a guide.');
  const proposalGoal = await mark('I want to run a finance function one day.');
  const experience = await addExperience({ actor: owner, input: sampleExperience() });
  const request = await sendRequest({
    actor: owner,
    input: { goalId: goal.id, personId: supporter.id, kind: 'MENTOR', note: NOTE },
  });
  const started = await sendRequest({
    actor: owner,
    input: { goalId: relationshipGoal.id, personId: supporter.id, kind: 'MENTOR', note: NOTE },
  });
  const { relationshipId } = await acceptRequest({
    actor: supporter,
    input: { requestId: started.id },
  });
  const guest = await guestInvitedBy(owner, relationshipGoal.id);
  const outsideInvitation = await sendOutsideInvitation({
    actor: owner,
    input: { goalId: goal.id, email: guest.email, kind: 'COACH', note: NOTE },
  });

  const program = await programRunBy(admin, programAdmin);
  await programRunBy(admin, otherAdmin);
  await db.programMember.createMany({
    data: [owner, supporter, helper].map((person) => ({
      programId: program.id,
      userId: person.id,
    })),
  });
  const run = await db.matchingRun.create({
    data: { programId: program.id, status: 'DONE', stage: 'finished', progress: 100 },
  });
  const proposal = await db.proposal.create({
    data: {
      runId: run.id,
      goalId: proposalGoal.id,
      kind: 'MENTOR',
      protegeId: owner.id,
      supporterId: supporter.id,
      score: 500,
      reasons: [],
      alternatives: [
        { personId: helper.id, name: helper.name, score: 400, reasons: [], hasRoom: true },
      ],
      status: 'APPROVED',
    },
  });
  const { joinCode } = await db.program.findUniqueOrThrow({ where: { id: program.id } });
  let queued: string | undefined;
  return {
    actors: { owner, supporter, stranger, programAdmin, otherAdmin, platformAdmin: admin, guest },
    /** The owner's open invitation to the guest. */
    outsideInvitation,
    helper,
    goal,
    relationshipGoal,
    experience,
    request,
    relationshipId: relationshipId!,
    program,
    joinCode,
    run,
    proposal,
    /** A run under way, made on first use (a program has at most one). */
    async queuedRun() {
      queued ??= (
        await db.matchingRun.create({
          data: { programId: program.id, activeProgramId: program.id },
        })
      ).id;
      return queued;
    },
  };
}
export type World = Awaited<ReturnType<typeof buildWorld>>;
