/**
 * The authorisation walk: every server action and route handler in WHO_MAY_CALL, called by
 * every kind of caller. The allowed ones succeed; everyone else is refused as "not found" (or
 * an empty answer) and changes nothing. The table must list every action and route the app
 * has: a new one without an entry fails here.
 *
 * Actions are called through the data-layer operation they consist of: an action only parses
 * its input and reads the session, and the session needs a request, which a test has not. The
 * anonymous caller is covered where it can be: every action but the public ones is built with
 * `userAction` (or checks `getActor()` itself), which refuses a missing session before
 * anything else, and that is checked on the source below.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { goalSchema } from '@/lib/validation/goal';
import type { Actor } from '../auth/session';
import { changePassword } from '../accounts/change-password';
import { deleteAccount } from '../accounts/delete-account';
import { ownData } from '../accounts/own-data';
import { signUp } from '../accounts/sign-up';
import { authenticate } from '../auth/authenticate';
import { acceptRequest } from '../connections/accept';
import { blockPerson, dismissSuggestion, dontSuggestAgain } from '../connections/privacy';
import { addCheckIn, endRelationship, markActive } from '../connections/relationships';
import {
  answerDetail,
  askForDetail,
  declineRequest,
  sendOffer,
  sendRequest,
  withdrawRequest,
} from '../connections/requests';
import { NOTE } from '../connections/testing';
import { db } from '../db';
import { AppError } from '../errors';
import { addExperience, deleteExperience } from '../experiences/experiences';
import {
  answerGoalQuestions,
  chooseHelpKind,
  createGoal,
  deleteGoal,
  updateGoal,
} from '../goals/goals';
import { markAllRead } from '../notifications/notifications';
import { saveProfile } from '../profiles/save-profile';
import { programHealth } from '../programs/health/program-health';
import { applyImport } from '../programs/import/apply';
import { exportPeople, exportPeopleCsv } from '../programs/import/export';
import { sampleCohort } from '../programs/import/fixtures';
import { joinProgram, renewJoinCode } from '../programs/join';
import { createProgram, updateProgramPolicy } from '../programs/programs';
import { approveAbove, decideProposal, publishRun, swapProposal } from '../programs/runs/review';
import { cancelRun, startRun } from '../programs/runs/runs';
import { WHO_MAY_CALL, type Caller, type Endpoint } from './who-may-call';
import { buildWorld, ROLES, sampleExperience, type Role, type World } from './world';

type Call = (world: World, as: Actor & { password: string }) => Promise<unknown>;

const ADDRESS = '203.0.113.7';
const profile = {
  organisation: 'Contoso Labs',
  function: 'Data',
  jobTitle: 'Data scientist',
  level: 3,
  yearsExperience: 5,
  country: 'NL',
  timezone: 'Europe/Amsterdam',
  languages: ['en'],
  skills: ['python'],
  bio: '',
  offers: 'NONE' as const,
  capacity: 0,
  coachingAreas: [],
};
const policy = {
  weights: {
    beenThere: 50,
    coachingAreas: 40,
    topics: 20,
    crossFunction: 20,
    crossOrganisation: 10,
    timezone: 10,
  },
  openRequestCap: 2,
  remindAfterDays: 4,
  expireAfterDays: 10,
  defaultCapacity: 2,
  allowCrossOrganisation: true,
};

/** How each entry is called; null where only a real request can (nothing there to refuse). */
const CALLS: Record<Endpoint, Call | null> = {
  'app/(auth)/actions.ts#signUpAction': () =>
    signUp({
      name: 'New Person',
      email: `walk-${Math.random().toString(36).slice(2)}@example.test`,
      password: 'a long enough password',
      address: ADDRESS,
    }),
  'app/(auth)/actions.ts#signInAction': async (_, as) => {
    const user = await authenticate({ email: as.email, password: as.password, address: ADDRESS });
    if (!user) throw new Error('the right password was refused');
    return user;
  },
  'app/(auth)/actions.ts#signOutAction': null,
  'app/api/auth/[...nextauth]/route.ts': null,

  'app/account/actions.ts#changePasswordAction': (_, as) =>
    changePassword({
      actor: as,
      input: {
        currentPassword: as.password,
        newPassword: 'another long password',
        confirmPassword: 'another long password',
      },
    }),
  'app/account/actions.ts#deleteAccountAction': (_, as) =>
    deleteAccount({ actor: as, input: { password: as.password, confirm: 'on' } }),
  'app/account/export.json/route.ts': (_, as) => ownData({ actor: as }),
  'app/profile/actions.ts#saveProfileAction': (_, as) => saveProfile({ actor: as, input: profile }),
  'app/profile/actions.ts#addExperienceAction': (_, as) =>
    addExperience({ actor: as, input: sampleExperience() }),
  'app/profile/actions.ts#deleteExperienceAction': (w, as) =>
    deleteExperience({ actor: as, input: { id: w.experience.id } }),
  'app/goals/actions.ts#createGoalAction': (_, as) =>
    createGoal({ actor: as, input: goalSchema.parse({ statement: 'I want to lead a team.' }) }),
  'app/goals/actions.ts#updateGoalAction': (w, as) =>
    updateGoal({
      actor: as,
      input: {
        ...goalSchema.parse({ statement: 'I want to lead a bigger team.' }),
        goalId: w.goal.id,
      },
    }),
  'app/goals/actions.ts#deleteGoalAction': (w, as) =>
    deleteGoal({ actor: as, input: { goalId: w.goal.id } }),
  'app/goals/actions.ts#answerGoalQuestionsAction': (w, as) =>
    answerGoalQuestions({
      actor: as,
      input: { goalId: w.goal.id, clarity: 'CLEAR', needs: [] },
    }),
  'app/goals/actions.ts#chooseHelpKindAction': (w, as) =>
    chooseHelpKind({ actor: as, input: { goalId: w.goal.id, choice: 'COACH' } }),

  'app/connections/actions.ts#sendRequestAction': (w, as) =>
    sendRequest({
      actor: as,
      input: { goalId: w.goal.id, personId: w.helper.id, kind: 'COACH', note: NOTE },
    }),
  'app/connections/actions.ts#sendOfferAction': (w, as) =>
    sendOffer({ actor: as, input: { goalId: w.goal.id, kind: 'COACH', note: NOTE } }),
  'app/connections/actions.ts#acceptRequestAction': (w, as) =>
    acceptRequest({ actor: as, input: { requestId: w.request.id } }),
  'app/connections/actions.ts#declineRequestAction': (w, as) =>
    declineRequest({ actor: as, input: { requestId: w.request.id } }),
  'app/connections/actions.ts#withdrawRequestAction': (w, as) =>
    withdrawRequest({ actor: as, input: { requestId: w.request.id } }),
  'app/connections/actions.ts#askForDetailAction': (w, as) =>
    askForDetail({ actor: as, input: { requestId: w.request.id, question: 'Which team?' } }),
  'app/connections/actions.ts#answerDetailAction': (w, as) =>
    answerDetail({ actor: as, input: { requestId: w.request.id, answer: 'Treasury.' } }),
  'app/connections/actions.ts#markActiveAction': (w, as) =>
    markActive({ actor: as, input: { relationshipId: w.relationshipId, focus: 'Treasury' } }),
  'app/connections/actions.ts#endRelationshipAction': (w, as) =>
    endRelationship({
      actor: as,
      input: { relationshipId: w.relationshipId, dontSuggestAgain: false },
    }),
  'app/connections/actions.ts#checkInAction': (w, as) =>
    addCheckIn({
      actor: as,
      input: { relationshipId: w.relationshipId, note: 'Going well.', rating: 4 },
    }),
  'app/connections/actions.ts#dismissSuggestionAction': (w, as) =>
    dismissSuggestion({ actor: as, input: { goalId: w.goal.id, personId: w.helper.id } }),
  'app/connections/actions.ts#dontSuggestAgainAction': (w, as) =>
    dontSuggestAgain({ actor: as, input: { personId: w.helper.id } }),
  'app/connections/actions.ts#blockPersonAction': (w, as) =>
    blockPerson({ actor: as, input: { personId: w.helper.id } }),
  'app/connections/actions.ts#markAllReadAction': (_, as) => markAllRead({ actor: as }),

  'app/programs/actions.ts#createProgramAction': (w, as) =>
    createProgram({
      actor: as,
      input: {
        name: `Walk program ${Math.random()}`,
        description: '',
        adminEmails: [w.actors.programAdmin.email],
      },
    }),
  'app/programs/actions.ts#updatePolicyAction': (w, as) =>
    updateProgramPolicy({ actor: as, input: { ...policy, programId: w.program.id } }),
  'app/programs/actions.ts#startRunAction': (w, as) =>
    startRun({ actor: as, input: { programId: w.program.id } }),
  'app/programs/actions.ts#cancelRunAction': async (w, as) =>
    cancelRun({ actor: as, input: { runId: await w.queuedRun() } }),
  'app/programs/actions.ts#decideProposalAction': (w, as) =>
    decideProposal({ actor: as, input: { proposalId: w.proposal.id, decision: 'REJECTED' } }),
  'app/programs/actions.ts#swapProposalAction': (w, as) =>
    swapProposal({ actor: as, input: { proposalId: w.proposal.id, personId: w.helper.id } }),
  'app/programs/actions.ts#approveAboveAction': (w, as) =>
    approveAbove({ actor: as, input: { runId: w.run.id, minimumFit: 0 } }),
  'app/programs/actions.ts#publishRunAction': (w, as) =>
    publishRun({ actor: as, input: { runId: w.run.id } }),
  'app/programs/actions.ts#renewJoinCodeAction': (w, as) =>
    renewJoinCode({ actor: as, input: { programId: w.program.id } }),
  'app/programs/actions.ts#joinProgramAction': (w, as) =>
    joinProgram({ actor: as, input: { code: w.joinCode } }),
  'app/programs/[programId]/people/actions.ts#importPeopleAction': async (w, as) => {
    const result = await applyImport({
      actor: as,
      programId: w.program.id,
      text: JSON.stringify(sampleCohort()),
      format: 'json',
    });
    if (!result.ok) throw new Error('a good file was refused');
    return result;
  },
  'app/programs/[programId]/people/export.json/route.ts': (w, as) =>
    exportPeople({ actor: as, programId: w.program.id }),
  'app/programs/[programId]/people/export.csv/route.ts': (w, as) =>
    exportPeopleCsv({ actor: as, programId: w.program.id }),
  'app/programs/[programId]/health/[table]/route.ts': (w, as) =>
    programHealth({ actor: as, programId: w.program.id }),
};

/** What must be there before a call can be allowed at all, set up before anyone calls. */
const PREPARE: Partial<Record<Endpoint, (world: World) => Promise<unknown>>> = {
  'app/connections/actions.ts#answerDetailAction': (w) =>
    db.connectionRequest.update({
      where: { id: w.request.id },
      data: { detailQuestion: 'Which team?' },
    }),
  'app/programs/actions.ts#cancelRunAction': (w) => w.queuedRun(),
};

const ROLE_OF: Record<Exclude<Caller, 'anyone' | 'self'>, Role> = {
  owner: 'owner',
  supporter: 'supporter',
  'program-admin': 'programAdmin',
  'platform-admin': 'platformAdmin',
};
function allowedRoles(callers: readonly Caller[]): Role[] {
  if (callers.includes('anyone') || callers.includes('self')) return ROLES;
  return callers.map((caller) => ROLE_OF[caller as keyof typeof ROLE_OF]);
}

/** Refused means "not found" or an empty answer; any other failure is a bug and is thrown. */
async function outcome(call: () => Promise<unknown>): Promise<'allowed' | 'refused'> {
  try {
    const answer = await call();
    return answer === null || (Array.isArray(answer) && answer.length === 0)
      ? 'refused'
      : 'allowed';
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return 'refused';
    throw error;
  }
}

/** What a refused call must leave as it was: the rows the world's calls could touch. */
async function snapshot(world: World) {
  const [requests, relationships, goals, proposals, runs, program, experiences] = await Promise.all(
    [
      db.connectionRequest.findMany({ where: { protegeId: world.actors.owner.id } }),
      db.relationship.findMany({ where: { protegeId: world.actors.owner.id } }),
      db.goal.findMany({ where: { userId: world.actors.owner.id } }),
      db.proposal.findMany({ where: { runId: world.run.id } }),
      db.matchingRun.findMany({ where: { programId: world.program.id } }),
      db.program.findUniqueOrThrow({ where: { id: world.program.id } }),
      db.experience.findMany({ where: { userId: world.actors.owner.id } }),
    ],
  );
  return { requests, relationships, goals, proposals, runs, program, experiences };
}

describe('who may call what', () => {
  it('lists every server action and route handler the app has', () => {
    const root = path.resolve(import.meta.dirname, '../../..');
    const files = readdirSync(path.join(root, 'app'), { recursive: true, encoding: 'utf8' })
      .filter((file) => /(^|\/)(actions\.ts|route\.ts)$/.test(file))
      .map((file) => `app/${file.split(path.sep).join('/')}`);
    const found: string[] = [];
    for (const file of files) {
      const source = readFileSync(path.join(root, file), 'utf8');
      if (file.endsWith('route.ts')) {
        found.push(file);
        continue;
      }
      for (const [, name] of source.matchAll(/export (?:const|async function) (\w+)/g)) {
        const entry = `${file}#${name}`;
        found.push(entry);
        // The anonymous caller: refused before anything else unless the table says anyone.
        const callers: readonly Caller[] = WHO_MAY_CALL[entry as Endpoint] ?? [];
        if (!callers.includes('anyone'))
          expect(
            new RegExp(
              `${name} = userAction\\(|function ${name}\\([^)]*\\)[^{]*\\{[^]*?getActor\\(\\)`,
            ).test(source),
            `${entry} must refuse a caller without a session`,
          ).toBe(true);
      }
    }
    expect(found.toSorted()).toEqual(Object.keys(WHO_MAY_CALL).toSorted());
  });

  for (const [endpoint, callers] of Object.entries(WHO_MAY_CALL) as [
    Endpoint,
    readonly Caller[],
  ][]) {
    const call = CALLS[endpoint];
    if (!call) continue;
    const allowed = allowedRoles(callers);
    it(`${endpoint}: ${callers.join(', ')}`, async () => {
      // Everyone else first, on one world: each is refused and nothing changes.
      const world = await buildWorld();
      await PREPARE[endpoint]?.(world);
      const before = await snapshot(world);
      for (const role of ROLES.filter((role) => !allowed.includes(role)))
        expect(await outcome(() => call(world, world.actors[role])), role).toBe('refused');
      expect(await snapshot(world)).toEqual(before);
      // Then each allowed caller, on a world of its own.
      for (const role of allowed) {
        const own = await buildWorld();
        await PREPARE[endpoint]?.(own);
        expect(await outcome(() => call(own, own.actors[role])), role).toBe('allowed');
      }
    });
  }
});
