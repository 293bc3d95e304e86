/**
 * The server functions each main signed-in page calls, as its page.tsx calls them (the
 * session lookup aside), for the demo employee, a supporter who offers both kinds of help
 * (/help is empty for the employee, who offers none) and the demo admin.
 */
import type { Actor } from '@/lib/server/auth/session';
import { findContactDetails } from '@/lib/server/connections/contact-details';
import { findOwnRelationship, listOwnRelationships } from '@/lib/server/connections/relationships';
import { listOwnRequests } from '@/lib/server/connections/requests';
import { db } from '@/lib/server/db';
import { goalDeletionImpact } from '@/lib/server/goals/delete-goal';
import { findOwnGoal } from '@/lib/server/goals/goals';
import { readOwnGoalIntent } from '@/lib/server/goals/intent';
import { findRelationshipGuide } from '@/lib/server/guides/relationship-guide';
import { homeFacts } from '@/lib/server/home/home-facts';
import { listMeetings } from '@/lib/server/meetings/list-meetings';
import { timeZonesOf } from '@/lib/server/meetings/time-zones';
import { listUpcomingMeetings } from '@/lib/server/meetings/upcoming-meetings';
import { listMessages } from '@/lib/server/messages/list-messages';
import { markReadFor } from '@/lib/server/notifications/notifications';
import { programHealth } from '@/lib/server/programs/health/program-health';
import { findProgramName } from '@/lib/server/programs/programs';
import { leftOutPage } from '@/lib/server/programs/runs/left-out';
import { isReplacedByNewerRun } from '@/lib/server/programs/runs/review';
import { reviewPage } from '@/lib/server/programs/runs/review-page';
import { readReviewQuery } from '@/lib/core/programs/runs/review-query';
import { findRun } from '@/lib/server/programs/runs/runs';
import { findOwnOutcome } from '@/lib/server/relationships/outcomes';
import { suggestionsForGoal } from '@/lib/server/suggestions/goal-suggestions';
import { goalsToHelp } from '@/lib/server/suggestions/goals-to-help';

export interface PageContext {
  employee: Actor;
  supporter: Actor;
  admin: Actor;
  goalId: string;
  relationshipId: string | null;
  programId: string | null;
  runId: string | null;
}

export type PageWork = [label: string, work: (() => Promise<unknown>) | null];

export const asActor = (user: { id: string; name: string; email: string }): Actor => ({
  id: user.id,
  name: user.name,
  email: user.email,
  isPlatformAdmin: false,
});

export function pages(context: PageContext): PageWork[] {
  const { employee, supporter, admin, goalId, relationshipId, programId, runId } = context;
  return [
    [
      'Home',
      () =>
        Promise.all([
          listOwnRelationships({ actor: employee }),
          homeFacts({ actor: employee }),
          listUpcomingMeetings({ actor: employee }),
        ]),
    ],
    ['A goal (without suggestions)', () => goalPage(employee, goalId)],
    ['Its suggestions', () => suggestionsForGoal({ actor: employee, goalId })],
    ['/help (a supporter offering both)', () => goalsToHelp({ actor: supporter })],
    [
      'Requests',
      () =>
        Promise.all([
          listOwnRequests({ actor: employee }),
          listOwnRelationships({ actor: employee }),
        ]),
    ],
    ['A relationship', relationshipId ? () => relationshipPage(employee, relationshipId) : null],
    ['Program health', programId ? () => programHealth({ actor: admin, programId }) : null],
    ["A run's review", programId && runId ? () => runReview(admin, programId, runId) : null],
  ];
}

async function goalPage(actor: Actor, goalId: string) {
  const goal = await findOwnGoal({ actor, goalId });
  if (!goal) throw new Error('the goal is not the employee’s');
  await Promise.all([readOwnGoalIntent({ actor, goal }), goalDeletionImpact({ actor, goalId })]);
}

async function relationshipPage(actor: Actor, relationshipId: string) {
  const [relationship] = await Promise.all([
    findOwnRelationship({ actor, relationshipId }),
    findContactDetails({ actor, relationshipId }),
    listMessages({ actor, relationshipId }),
    listMeetings({ actor, relationshipId }),
    findOwnOutcome({ actor, relationshipId }),
    findRelationshipGuide({ actor, relationshipId }),
  ]);
  if (!relationship) throw new Error('the relationship is not the employee’s');
  await Promise.all(
    ['', '#messages', '#meetings'].map((part) =>
      markReadFor({ actor, href: `/relationships/${relationshipId}${part}` }),
    ),
  );
  await timeZonesOf([relationship.protegeId, relationship.supporterId]);
}

async function runReview(actor: Actor, programId: string, runId: string) {
  const [run] = await Promise.all([
    findRun({ actor, runId }),
    findProgramName({ actor, programId }),
  ]);
  if (!run || run.status !== 'DONE') throw new Error('the run is not done');
  await reviewPage({ actor, runId, query: readReviewQuery({}) });
  await isReplacedByNewerRun(run);
  await leftOutPage({ actor, runId, page: 1, size: 10 });
}

/** The admin's account with the admin flag as the database holds it. */
export async function adminActor(email: string): Promise<Actor> {
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  return { ...asActor(user), isPlatformAdmin: user.isPlatformAdmin };
}
