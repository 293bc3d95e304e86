/**
 * How the authorisation walk (who-may-call.db.test.ts) calls each entry of WHO_MAY_CALL: the
 * data-layer operation an action consists of, or the handle a route hands its session to, with
 * valid input, as a given caller; and what must be set up before a call can be allowed at all.
 */
import { clearGoalIntentCorrection, correctGoalIntent } from '@/lib/server/goals/intent';
import { goalSchema } from '@/lib/validation/goal';
import type { Actor } from '@/lib/server/auth/session';
import { changePassword } from '@/lib/server/accounts/change-password';
import { deleteAccount } from '@/lib/server/accounts/delete-account';
import { setPassword } from '@/lib/server/accounts/set-password';
import { disableAccount, enableAccount } from '@/lib/server/accounts/disable-account';
import { signOutEverywhere } from '@/lib/server/accounts/sign-out-everywhere';
import { signUp } from '@/lib/server/accounts/sign-up';
import { requestSignInLink } from '@/lib/server/auth/request-link';
import { authenticate } from '@/lib/server/auth/authenticate';
import { acceptRequest } from '@/lib/server/connections/accept';
import { blockPerson, dismissSuggestion, dontSuggestAgain } from '@/lib/server/connections/privacy';
import { suggestAgain, unblockPerson } from '@/lib/server/connections/privacy-choices';
import { chooseEmails } from '@/lib/server/email/preferences';
import { addCheckIn, endRelationship, markActive } from '@/lib/server/connections/relationships';
import {
  declineRequest,
  sendOffer,
  sendRequest,
  withdrawRequest,
} from '@/lib/server/connections/requests';
import { answerDetail, askForDetail } from '@/lib/server/connections/request-detail';
import { sendMessage } from '@/lib/server/messages/send-message';
import {
  acceptOutsideInvitation,
  declineOutsideInvitation,
} from '@/lib/server/outside/answer-invitation';
import { sendOutsideInvitation } from '@/lib/server/outside/send-invitation';
import { withdrawOutsideInvitation } from '@/lib/server/outside/withdraw-invitation';
import { cancelMeeting } from '@/lib/server/meetings/cancel-meeting';
import { moveMeeting } from '@/lib/server/meetings/move-meeting';
import { noteMeeting } from '@/lib/server/meetings/note-meeting';
import { pickMeetingTime } from '@/lib/server/meetings/pick-meeting-time';
import { proposeMeeting } from '@/lib/server/meetings/propose-meeting';
import { pickGuideQuestions, setGuidesOn } from '@/lib/server/guides/relationship-guide';
import { NOTE } from '../db/connections';
import { db } from '@/lib/server/db';
import { addExperience, deleteExperience } from '@/lib/server/experiences/experiences';
import {
  answerGoalQuestions,
  chooseHelpKind,
  createGoal,
  updateGoal,
} from '@/lib/server/goals/goals';
import { deleteGoal } from '@/lib/server/goals/delete-goal';
import { recordOutcome } from '@/lib/server/relationships/outcomes';
import { checkReadiness } from '@/lib/server/health/readiness';
import { markAllRead } from '@/lib/server/notifications/notifications';
import { openNotificationRoute } from '@/app/notifications/[notificationId]/handle';
import { findManagerCandidates } from '@/lib/server/profiles/manager-candidates';
import { saveProfile } from '@/lib/server/profiles/save-profile';
import { applyImport } from '@/lib/server/programs/import/apply';
import { resendInvitation } from '@/lib/server/programs/invitations';
import { sampleCohort } from '../programs/sample-cohort';
import { joinProgram, renewJoinCode } from '@/lib/server/programs/join';
import { previewPolicy } from '@/lib/server/programs/policy-preview';
import { createProgram, updateProgramPolicy } from '@/lib/server/programs/programs';
import { decideProposal, publishRun, swapProposal } from '@/lib/server/programs/runs/review';
import { approveAbove, rejectBelow, decideTicked } from '@/lib/server/programs/runs/review-bulk';
import { cancelRun, startRun } from '@/lib/server/programs/runs/runs';
import { addProgramAdmin, removeProgramAdmin } from '@/lib/server/programs/admins';
import { leaveProgram, removeMember } from '@/lib/server/programs/membership';
import { archiveProgram } from '@/lib/server/programs/archive';
import { updateProgramWindow } from '@/lib/server/programs/program-window';
import { setOutsideMentors } from '@/lib/server/programs/outside-mentors';
import type { Endpoint } from '@/lib/server/authorization/who-may-call';
import { findPairCandidates, pairManually } from '@/lib/server/programs/pairs/manual-pair';
import {
  allowPairAgain,
  neverPairProposal,
  orderedPair,
} from '@/lib/server/programs/pairs/never-pair';
import { sampleExperience, type World } from './world';
import { exportOwnData } from '@/app/account/export.json/handle';
import { exportPeopleFile } from '@/app/programs/[programId]/people/export-response';
import { exportHealthTable } from '@/app/programs/[programId]/health/[table]/handle';
import { exportAuditCsv } from '@/app/programs/[programId]/audit/audit.csv/handle';
import { exportProposalsCsv } from '@/app/programs/[programId]/runs/[runId]/proposals.csv/handle';

export type Call = (world: World, as: Actor & { password: string }) => Promise<unknown>;

const ADDRESS = '203.0.113.7';
/** The world's proposal as a need of its run: the goal and kind pairing by hand works on. */
const needOf = (w: World) => ({
  runId: w.run.id,
  goalId: w.proposal.goalId,
  kind: 'MENTOR' as const,
});
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
  hidePastEmployers: false,
  hideFromSuggestions: false,
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

/** Times offered on the world's relationship: far enough ahead to stay to come. */
const offerTimes = (w: World, actor: Actor) =>
  proposeMeeting({
    actor,
    input: { relationshipId: w.relationshipId, first: '2099-01-15T10:00', minutes: 60 },
  });
/** A meeting the owner offered and the supporter picked: set, still to come. */
async function setMeeting(w: World) {
  const offered = await offerTimes(w, w.actors.owner);
  return pickMeetingTime({
    actor: w.actors.supporter,
    input: { meetingId: offered.id, choice: 0 },
  });
}
const meetingOf = (w: World) =>
  db.meeting.findFirstOrThrow({ where: { relationshipId: w.relationshipId } });

/** A route's handle called as one caller, signed out (null) included; it answers a Response. */
export type RouteCall = (world: World, as: Actor | null) => Promise<Response>;

const get = (path: string) => new Request(`http://localhost${path}`);

/**
 * The route handlers, through the handle each route.ts hands the session to (actorRoute), so
 * the walk calls them as every caller, signed-out included, as a request would.
 */
const ROUTE_CALLS = {
  'app/account/export.json/route.ts': (_, actor) =>
    exportOwnData({ actor, request: get('/account/export.json'), params: {} }),
  'app/programs/[programId]/people/export.json/route.ts': (w, actor) =>
    exportPeopleFile('json')({
      actor,
      request: get(`/programs/${w.program.id}/people/export.json`),
      params: { programId: w.program.id },
    }),
  'app/programs/[programId]/people/export.csv/route.ts': (w, actor) =>
    exportPeopleFile('csv')({
      actor,
      request: get(`/programs/${w.program.id}/people/export.csv`),
      params: { programId: w.program.id },
    }),
  'app/programs/[programId]/health/[table]/route.ts': (w, actor) =>
    exportHealthTable({
      actor,
      request: get(`/programs/${w.program.id}/health/participants.csv`),
      params: { programId: w.program.id, table: 'participants.csv' },
    }),
  'app/programs/[programId]/audit/audit.csv/route.ts': (w, actor) =>
    exportAuditCsv({
      actor,
      request: get(`/programs/${w.program.id}/audit/audit.csv`),
      params: { programId: w.program.id },
    }),
  'app/programs/[programId]/runs/[runId]/proposals.csv/route.ts': (w, actor) =>
    exportProposalsCsv({
      actor,
      request: get(`/programs/${w.program.id}/runs/${w.run.id}/proposals.csv`),
      params: { programId: w.program.id, runId: w.run.id },
    }),
  // Everyone opens their own notification (one is made for them); anyone else's is not found.
  'app/notifications/[notificationId]/route.ts': async (_, actor) => {
    const own = actor
      ? await db.notification.create({
          data: { userId: actor.id, kind: 'walk', text: 'A notification', href: '/requests' },
        })
      : null;
    return openNotificationRoute({
      actor,
      request: get('/notifications/x'),
      params: { notificationId: own?.id ?? 'none' },
    });
  },
} satisfies Partial<Record<Endpoint, RouteCall>>;
export const ROUTES: Partial<Record<Endpoint, RouteCall>> = ROUTE_CALLS;

/** How each entry is called; null where only a real request can (nothing there to refuse). */
export const CALLS: Record<Endpoint, Call | null> = {
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
  'app/(auth)/actions.ts#signInLinkAction': (_, as) =>
    requestSignInLink({ email: as.email, next: null, address: ADDRESS }),
  // It only sends the browser to the company's identity provider; there is nothing to refuse.
  'app/(auth)/actions.ts#companySignInAction': null,
  'app/(auth)/actions.ts#signOutAction': null,
  // Like signing out, it only ends the caller's own session.
  'app/(auth)/actions.ts#signInAgainAction': null,
  'app/api/auth/[...nextauth]/route.ts': null,
  // Liveness reads nothing; readiness reads only the release's own state, never people.
  'app/api/health/route.ts': null,
  'app/api/ready/route.ts': () => checkReadiness(),

  'app/account/actions.ts#changePasswordAction': (_, as) =>
    changePassword({
      actor: as,
      input: {
        currentPassword: as.password,
        newPassword: 'another long password',
        confirmPassword: 'another long password',
      },
    }),
  'app/account/actions.ts#setPasswordAction': async (_, as) => {
    // Someone who has signed in only by links so far: their account has no password yet.
    await db.user.update({ where: { id: as.id }, data: { passwordHash: null } });
    return setPassword({
      actor: as,
      input: { newPassword: 'another long password', confirmPassword: 'another long password' },
    });
  },
  'app/account/actions.ts#deleteAccountAction': (_, as) =>
    deleteAccount({ actor: as, input: { password: as.password, confirm: 'on' } }),
  'app/account/actions.ts#signOutEverywhereAction': (_, as) => signOutEverywhere({ actor: as }),
  'app/admin/accounts/actions.ts#disableAccountAction': (w, as) =>
    disableAccount({ actor: as, input: { userId: w.helper.id, query: '' } }),
  'app/admin/accounts/actions.ts#enableAccountAction': (w, as) =>
    enableAccount({ actor: as, input: { userId: w.helper.id, query: '' } }),
  'app/profile/actions.ts#saveProfileAction': (_, as) => saveProfile({ actor: as, input: profile }),
  // Anyone signed in looks up people they can already see (the world's have profiles).
  'app/profile/actions.ts#findManagerAction': (_, as) =>
    findManagerCandidates({ actor: as, input: { query: 'Test Person' } }),
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
  'app/goals/actions.ts#correctGoalIntentAction': (w, as) =>
    correctGoalIntent({
      actor: as,
      input: {
        goalId: w.goal.id,
        targetTitle: 'Finance Director',
        targetLevel: 6,
        moves: ['step-up'],
      },
    }),
  'app/goals/actions.ts#clearGoalIntentAction': (w, as) =>
    clearGoalIntentCorrection({ actor: as, input: { goalId: w.goal.id } }),

  'app/connections/actions.ts#sendRequestAction': (w, as) =>
    sendRequest({
      actor: as,
      input: { goalId: w.goal.id, personId: w.helper.id, kind: 'COACH', note: NOTE },
    }),
  'app/connections/actions.ts#sendOfferAction': (w, as) =>
    // The one goal of the world /help lists to the supporter: no open request, no mentor yet.
    sendOffer({ actor: as, input: { goalId: w.proposal.goalId, kind: 'MENTOR', note: NOTE } }),
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
  'app/connections/actions.ts#recordOutcomeAction': (w, as) =>
    recordOutcome({
      actor: as,
      input: { relationshipId: w.relationshipId, helped: 4, wouldRecommend: 'yes', adminNote: '' },
    }),
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
  'app/relationships/actions.ts#sendMessageAction': (w, as) =>
    sendMessage({ actor: as, input: { relationshipId: w.relationshipId, text: 'Hello!' } }),
  'app/relationships/actions.ts#proposeMeetingAction': (w, as) => offerTimes(w, as),
  // Each picks from the times the other offered (PREPARE offers some from each side).
  'app/relationships/actions.ts#pickMeetingTimeAction': async (w, as) => {
    const offered = await db.meeting.findFirstOrThrow({
      where: { relationshipId: w.relationshipId, proposedById: { not: as.id } },
    });
    return pickMeetingTime({ actor: as, input: { meetingId: offered.id, choice: 0 } });
  },
  'app/relationships/actions.ts#moveMeetingAction': async (w, as) =>
    moveMeeting({
      actor: as,
      input: { meetingId: (await meetingOf(w)).id, time: '2099-01-16T10:00' },
    }),
  'app/relationships/actions.ts#cancelMeetingAction': async (w, as) =>
    cancelMeeting({ actor: as, input: { meetingId: (await meetingOf(w)).id } }),
  'app/relationships/actions.ts#noteMeetingAction': async (w, as) =>
    noteMeeting({
      actor: as,
      input: { meetingId: (await meetingOf(w)).id, text: 'We planned the next step.' },
    }),
  'app/relationships/actions.ts#setGuidesOnAction': (w, as) =>
    setGuidesOn({ actor: as, input: { relationshipId: w.relationshipId, on: false } }),
  'app/relationships/actions.ts#pickGuideQuestionsAction': (w, as) =>
    pickGuideQuestions({
      actor: as,
      input: { relationshipId: w.relationshipId, questionIds: ['c-fb-true', 'c-conf-part'] },
    }),
  'app/invitations/actions.ts#inviteOutsideAction': (w, as) =>
    sendOutsideInvitation({
      actor: as,
      input: {
        goalId: w.goal.id,
        email: `outside-${Math.random().toString(36).slice(2)}@example.test`,
        kind: 'MENTOR',
        note: NOTE,
      },
    }),
  'app/invitations/actions.ts#withdrawOutsideInvitationAction': (w, as) =>
    withdrawOutsideInvitation({ actor: as, input: { invitationId: w.outsideInvitation.id } }),
  'app/invitations/actions.ts#acceptOutsideInvitationAction': (w, as) =>
    acceptOutsideInvitation({
      actor: as,
      input: { invitationId: w.outsideInvitation.id, name: 'Guest From Outside' },
    }),
  'app/invitations/actions.ts#declineOutsideInvitationAction': (w, as) =>
    declineOutsideInvitation({ actor: as, input: { invitationId: w.outsideInvitation.id } }),
  'app/connections/actions.ts#dismissSuggestionAction': (w, as) =>
    dismissSuggestion({ actor: as, input: { goalId: w.goal.id, personId: w.helper.id } }),
  'app/connections/actions.ts#dontSuggestAgainAction': (w, as) =>
    dontSuggestAgain({ actor: as, input: { personId: w.helper.id } }),
  'app/connections/actions.ts#blockPersonAction': (w, as) =>
    blockPerson({ actor: as, input: { personId: w.helper.id } }),
  'app/connections/actions.ts#markAllReadAction': (_, as) => markAllRead({ actor: as }),
  // Each caller undoes a choice of their own, made first: there is no one else's to reach.
  'app/account/email/actions.ts#chooseEmailsAction': (_, as) =>
    chooseEmails({
      actor: as,
      input: { REQUESTS: 'DAILY_DIGEST', MESSAGES: 'AT_ONCE', MEETINGS: 'OFF', REMINDERS: 'OFF' },
    }),
  'app/account/privacy/actions.ts#unblockPersonAction': async (w, as) => {
    await db.block.create({ data: { blockerId: as.id, blockedId: w.helper.id } });
    return unblockPerson({ actor: as, input: { personId: w.helper.id } });
  },
  'app/account/privacy/actions.ts#suggestAgainAction': async (w, as) => {
    await db.pairExclusion.create({ data: { userId: as.id, otherId: w.helper.id } });
    return suggestAgain({ actor: as, input: { personId: w.helper.id } });
  },

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
  'app/programs/actions.ts#previewPolicyAction': (w, as) =>
    previewPolicy({ actor: as, input: { programId: w.program.id, weights: policy.weights } }),
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
  'app/programs/[programId]/pairing/actions.ts#pairManuallyAction': (w, as) =>
    pairManually({
      actor: as,
      input: { ...needOf(w), personId: w.helper.id },
    }),
  'app/programs/[programId]/pairing/actions.ts#neverPairAction': (w, as) =>
    neverPairProposal({ actor: as, input: { proposalId: w.proposal.id } }),
  'app/programs/[programId]/pairing/actions.ts#allowPairAgainAction': (w, as) =>
    allowPairAgain({
      actor: as,
      input: { programId: w.program.id, firstId: w.actors.owner.id, secondId: w.helper.id },
    }),
  'app/programs/[programId]/pairing/actions.ts#findPairCandidatesAction': (w, as) =>
    findPairCandidates({ actor: as, need: needOf(w), query: w.helper.name }),
  'app/programs/actions.ts#decideTickedAction': (w, as) =>
    decideTicked({
      actor: as,
      input: { runId: w.run.id, proposalIds: [w.proposal.id], decision: 'REJECTED' },
    }),
  'app/programs/actions.ts#rejectBelowAction': (w, as) =>
    rejectBelow({ actor: as, input: { runId: w.run.id, fitBelow: 1000 } }),
  'app/programs/actions.ts#publishRunAction': (w, as) =>
    publishRun({ actor: as, input: { runId: w.run.id } }),
  'app/programs/actions.ts#renewJoinCodeAction': (w, as) =>
    renewJoinCode({ actor: as, input: { programId: w.program.id } }),
  'app/programs/actions.ts#joinProgramAction': (w, as) =>
    joinProgram({ actor: as, input: { code: w.joinCode } }),
  // Anyone may leave a program they are in: each caller joins first, then leaves.
  'app/programs/actions.ts#leaveProgramAction': async (w, as) => {
    await joinProgram({ actor: as, input: { code: w.joinCode } });
    return leaveProgram({ actor: as, input: { programId: w.program.id } });
  },
  'app/programs/[programId]/people/actions.ts#removeMemberAction': (w, as) =>
    removeMember({ actor: as, input: { programId: w.program.id, userId: w.helper.id } }),
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
  'app/programs/[programId]/people/actions.ts#resendInvitationAction': async (w, as) => {
    // Someone the program made an account for, who has never signed in.
    const invited = await db.user.create({
      data: { name: 'Invited Person', email: `invited-${Math.random()}@example.test` },
    });
    await db.programMember.create({ data: { programId: w.program.id, userId: invited.id } });
    return resendInvitation({ actor: as, programId: w.program.id, userId: invited.id });
  },
  'app/programs/[programId]/settings/actions.ts#addAdminAction': (w, as) =>
    addProgramAdmin({ actor: as, input: { programId: w.program.id, email: w.helper.email } }),
  // The world's program has one admin, who must stay: the helper is made a second (PREPARE).
  'app/programs/[programId]/settings/actions.ts#removeAdminAction': (w, as) =>
    removeProgramAdmin({ actor: as, input: { programId: w.program.id, userId: w.helper.id } }),
  'app/programs/[programId]/settings/actions.ts#updateWindowAction': (w, as) =>
    updateProgramWindow({
      actor: as,
      input: { programId: w.program.id, startsOn: new Date('2026-01-01'), endsOn: null },
    }),
  'app/programs/[programId]/settings/actions.ts#setOutsideMentorsAction': (w, as) =>
    setOutsideMentors({
      actor: as,
      input: { programId: w.program.id, allowOutsideMentors: false },
    }),
  'app/programs/[programId]/settings/actions.ts#archiveProgramAction': (w, as) =>
    archiveProgram({ actor: as, input: { programId: w.program.id } }),
  ...ROUTE_CALLS,
};

/** What must be there before a call can be allowed at all, set up before anyone calls. */
export const PREPARE: Partial<Record<Endpoint, (world: World) => Promise<unknown>>> = {
  // The closing questions are for a relationship that has ended.
  'app/connections/actions.ts#recordOutcomeAction': (w) =>
    db.relationship.update({
      where: { id: w.relationshipId },
      data: { state: 'ENDED', endedAt: new Date() },
    }),
  'app/programs/[programId]/pairing/actions.ts#allowPairAgainAction': (w) =>
    db.programNeverPair.create({
      data: { programId: w.program.id, ...orderedPair(w.actors.owner.id, w.helper.id) },
    }),
  'app/connections/actions.ts#answerDetailAction': (w) =>
    db.connectionRequest.update({
      where: { id: w.request.id },
      data: { detailQuestion: 'Which team?' },
    }),
  'app/programs/actions.ts#cancelRunAction': (w) => w.queuedRun(),
  'app/relationships/actions.ts#pickMeetingTimeAction': async (w) => {
    await offerTimes(w, w.actors.owner);
    await offerTimes(w, w.actors.supporter);
  },
  'app/relationships/actions.ts#moveMeetingAction': setMeeting,
  'app/relationships/actions.ts#cancelMeetingAction': setMeeting,
  // A meeting that has happened: only those get notes.
  'app/relationships/actions.ts#noteMeetingAction': async (w) => {
    const meeting = await setMeeting(w);
    await db.meeting.update({
      where: { id: meeting.id },
      data: { startsAt: new Date('2020-01-15T09:00:00Z') },
    });
  },
  // Questions are picked by the coach of a coaching relationship.
  'app/relationships/actions.ts#pickGuideQuestionsAction': (w) =>
    db.relationship.update({ where: { id: w.relationshipId }, data: { kind: 'COACH' } }),
  'app/programs/[programId]/settings/actions.ts#removeAdminAction': (w) =>
    db.programAdmin.create({ data: { programId: w.program.id, userId: w.helper.id } }),
  'app/admin/accounts/actions.ts#enableAccountAction': (w) =>
    db.user.update({ where: { id: w.helper.id }, data: { disabledAt: new Date() } }),
};
