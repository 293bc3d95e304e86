import 'server-only';
/**
 * Who may call each server action and route handler: the product's authorisation, in one
 * table. Every entry names the callers allowed; everyone else is refused, and a refusal reads
 * as "not found" (or an empty answer), never as "you may not", so it reveals nothing.
 * who-may-call.db.test.ts walks the whole table with every kind of caller, and fails when an
 * action or route exists that the table does not list.
 *
 * Callers:
 * - anyone: signed out too (signing up and in, Auth.js's own routes);
 * - self: any signed-in person, a guest too, acting only on their own account and data;
 * - member: any signed-in person but a guest invited from outside (lib/server/outside/guests.ts),
 *   acting only on their own data: goals, programs and looking people up are for members;
 * - owner: the protégé who owns the goal, experience, request or relationship at hand;
 * - supporter: the mentor or coach on the other side of that request or relationship;
 * - invitee: the one an invitation from outside went to, signed in with the invited address;
 * - program-admin: an admin of the program at hand (not of another program);
 * - platform-admin: the platform's own admins.
 */
export type Caller =
  | 'anyone'
  | 'self'
  | 'member'
  | 'owner'
  | 'supporter'
  | 'invitee'
  | 'program-admin'
  | 'platform-admin';

type Entry = readonly Caller[];

export const WHO_MAY_CALL = {
  // Signing up and in: before there is anyone to be.
  'app/(auth)/actions.ts#signUpAction': ['anyone'],
  'app/(auth)/actions.ts#signInAction': ['anyone'],
  'app/(auth)/actions.ts#signInLinkAction': ['anyone'],
  'app/(auth)/actions.ts#companySignInAction': ['anyone'],
  'app/(auth)/actions.ts#signOutAction': ['anyone'],
  'app/(auth)/actions.ts#signInAgainAction': ['anyone'],
  'app/api/auth/[...nextauth]/route.ts': ['anyone'],
  'app/api/health/route.ts': ['anyone'],
  'app/api/ready/route.ts': ['anyone'],

  // One's own account, profile and goals.
  'app/account/actions.ts#changePasswordAction': ['self'],
  'app/account/actions.ts#setPasswordAction': ['self'],
  'app/account/actions.ts#deleteAccountAction': ['self'],
  'app/account/actions.ts#signOutEverywhereAction': ['self'],
  'app/account/export.json/route.ts': ['self'],
  'app/account/email/actions.ts#chooseEmailsAction': ['self'],
  'app/notifications/[notificationId]/route.ts': ['self'],
  'app/profile/actions.ts#saveProfileAction': ['self'],
  'app/profile/actions.ts#findManagerAction': ['member'],
  'app/profile/actions.ts#addExperienceAction': ['self'],
  'app/profile/actions.ts#deleteExperienceAction': ['owner'],
  'app/goals/actions.ts#createGoalAction': ['member'],
  'app/goals/actions.ts#updateGoalAction': ['owner'],
  'app/goals/actions.ts#deleteGoalAction': ['owner'],
  'app/goals/actions.ts#answerGoalQuestionsAction': ['owner'],
  'app/goals/actions.ts#chooseHelpKindAction': ['owner'],
  'app/goals/actions.ts#correctGoalIntentAction': ['owner'],
  'app/goals/actions.ts#clearGoalIntentAction': ['owner'],

  // Requests: the protégé sends (owner), the mentor or coach receives (supporter).
  'app/connections/actions.ts#sendRequestAction': ['owner'],
  'app/connections/actions.ts#sendOfferAction': ['supporter'],
  'app/connections/actions.ts#acceptRequestAction': ['supporter'],
  'app/connections/actions.ts#declineRequestAction': ['supporter'],
  'app/connections/actions.ts#withdrawRequestAction': ['owner'],
  'app/connections/actions.ts#askForDetailAction': ['supporter'],
  'app/connections/actions.ts#answerDetailAction': ['owner'],
  // Relationships: either of the two.
  'app/connections/actions.ts#markActiveAction': ['owner', 'supporter'],
  'app/connections/actions.ts#endRelationshipAction': ['owner', 'supporter'],
  'app/connections/actions.ts#recordOutcomeAction': ['owner', 'supporter'],
  'app/connections/actions.ts#checkInAction': ['owner', 'supporter'],
  'app/relationships/actions.ts#sendMessageAction': ['owner', 'supporter'],
  'app/relationships/actions.ts#proposeMeetingAction': ['owner', 'supporter'],
  // Either may pick, of times the other offered.
  'app/relationships/actions.ts#pickMeetingTimeAction': ['owner', 'supporter'],
  'app/relationships/actions.ts#moveMeetingAction': ['owner', 'supporter'],
  'app/relationships/actions.ts#cancelMeetingAction': ['owner', 'supporter'],
  'app/relationships/actions.ts#noteMeetingAction': ['owner', 'supporter'],
  // Either may turn the guide off or on; only the coach picks the questions for a meeting.
  'app/relationships/actions.ts#setGuidesOnAction': ['owner', 'supporter'],
  'app/relationships/actions.ts#pickGuideQuestionsAction': ['supporter'],
  // Invitations from outside: the protégé sends and withdraws, the invited address answers.
  'app/invitations/actions.ts#inviteOutsideAction': ['owner'],
  'app/invitations/actions.ts#withdrawOutsideInvitationAction': ['owner'],
  'app/invitations/actions.ts#acceptOutsideInvitationAction': ['invitee'],
  'app/invitations/actions.ts#declineOutsideInvitationAction': ['invitee'],
  // Privacy choices are one's own.
  'app/connections/actions.ts#dismissSuggestionAction': ['owner'],
  'app/connections/actions.ts#dontSuggestAgainAction': ['self'],
  'app/connections/actions.ts#blockPersonAction': ['self'],
  'app/connections/actions.ts#markAllReadAction': ['self'],
  // Undoing one's own block or "don't suggest again": only one's own rows are there to undo.
  'app/account/privacy/actions.ts#unblockPersonAction': ['self'],
  'app/account/privacy/actions.ts#suggestAgainAction': ['self'],

  // Accounts as a whole: disabling one ends its sessions and bars its sign-in.
  'app/admin/accounts/actions.ts#disableAccountAction': ['platform-admin'],
  'app/admin/accounts/actions.ts#enableAccountAction': ['platform-admin'],

  // Programs.
  'app/programs/actions.ts#createProgramAction': ['platform-admin'],
  'app/programs/actions.ts#updatePolicyAction': ['program-admin', 'platform-admin'],
  'app/programs/actions.ts#previewPolicyAction': ['program-admin', 'platform-admin'],
  'app/programs/actions.ts#startRunAction': ['program-admin', 'platform-admin'],
  'app/programs/actions.ts#cancelRunAction': ['program-admin', 'platform-admin'],
  'app/programs/actions.ts#decideProposalAction': ['program-admin', 'platform-admin'],
  'app/programs/actions.ts#swapProposalAction': ['program-admin', 'platform-admin'],
  'app/programs/actions.ts#approveAboveAction': ['program-admin', 'platform-admin'],
  'app/programs/actions.ts#decideTickedAction': ['program-admin', 'platform-admin'],
  'app/programs/actions.ts#rejectBelowAction': ['program-admin', 'platform-admin'],
  'app/programs/actions.ts#publishRunAction': ['program-admin', 'platform-admin'],
  'app/programs/actions.ts#renewJoinCodeAction': ['program-admin', 'platform-admin'],
  'app/programs/[programId]/pairing/actions.ts#pairManuallyAction': [
    'program-admin',
    'platform-admin',
  ],
  'app/programs/[programId]/pairing/actions.ts#neverPairAction': [
    'program-admin',
    'platform-admin',
  ],
  'app/programs/[programId]/pairing/actions.ts#allowPairAgainAction': [
    'program-admin',
    'platform-admin',
  ],
  'app/programs/[programId]/pairing/actions.ts#findPairCandidatesAction': [
    'program-admin',
    'platform-admin',
  ],
  // The link is the right: whoever has it may join.
  'app/programs/actions.ts#joinProgramAction': ['member'],
  // Leaving is one's own: only one's own membership is ever ended.
  'app/programs/actions.ts#leaveProgramAction': ['member'],
  'app/programs/[programId]/settings/actions.ts#addAdminAction': [
    'program-admin',
    'platform-admin',
  ],
  'app/programs/[programId]/settings/actions.ts#removeAdminAction': [
    'program-admin',
    'platform-admin',
  ],
  'app/programs/[programId]/settings/actions.ts#updateWindowAction': [
    'program-admin',
    'platform-admin',
  ],
  'app/programs/[programId]/settings/actions.ts#setOutsideMentorsAction': [
    'program-admin',
    'platform-admin',
  ],
  'app/programs/[programId]/settings/actions.ts#archiveProgramAction': [
    'program-admin',
    'platform-admin',
  ],
  'app/programs/[programId]/people/actions.ts#importPeopleAction': [
    'program-admin',
    'platform-admin',
  ],
  'app/programs/[programId]/people/actions.ts#resendInvitationAction': [
    'program-admin',
    'platform-admin',
  ],
  'app/programs/[programId]/people/actions.ts#removeMemberAction': [
    'program-admin',
    'platform-admin',
  ],
  'app/programs/[programId]/people/export.json/route.ts': ['program-admin', 'platform-admin'],
  'app/programs/[programId]/people/export.csv/route.ts': ['program-admin', 'platform-admin'],
  'app/programs/[programId]/health/[table]/route.ts': ['program-admin', 'platform-admin'],
  'app/programs/[programId]/audit/audit.csv/route.ts': ['program-admin', 'platform-admin'],
  'app/programs/[programId]/runs/[runId]/proposals.csv/route.ts': [
    'program-admin',
    'platform-admin',
  ],
} as const satisfies Record<string, Entry>;

export type Endpoint = keyof typeof WHO_MAY_CALL;
