import type { Metadata } from 'next';
import Link from 'next/link';
import { Notice } from '@/components/layout/notice';
import { PageHeading } from '@/components/layout/page-heading';
import { GOAL_VISIBILITY } from '@/lib/core/goals/visibility';
import { requireMember } from '@/lib/server/auth/session';
import { listOwnGoals } from '@/lib/server/goals/goals';

export const metadata: Metadata = { title: 'Your goals' };

export default async function GoalsPage({
  searchParams,
}: {
  searchParams: Promise<{ deleted?: string }>;
}) {
  const actor = await requireMember();
  const [goals, { deleted }] = await Promise.all([listOwnGoals({ actor }), searchParams]);
  return (
    <>
      <PageHeading title="Your goals">
        Each goal says who can read it, and you can change that when you edit it. Nobody sees your
        name with a goal until you ask them or say yes to them. If you take part in a program, its
        admins also read your goals when they pair people.
      </PageHeading>
      {deleted && <Notice>The goal is deleted.</Notice>}
      {goals.length === 0 ? (
        <p className="mb-4">No goals yet. What would you like to work towards?</p>
      ) : (
        <ul className="mb-6 flex flex-col gap-3" data-testid="goal-list">
          {goals.map((goal) => (
            <li key={goal.id} className="rounded-md border border-slate-200 bg-white p-4">
              <Link href={`/goals/${goal.id}`} className="line-clamp-2" dir="auto">
                {goal.statement}
              </Link>
              <p className="mt-1 text-sm text-slate-700" data-testid="goal-visibility">
                {GOAL_VISIBILITY[goal.visibility].shown}
              </p>
            </li>
          ))}
        </ul>
      )}
      <Link href="/goals/new" className="font-medium">
        Add a goal
      </Link>
    </>
  );
}
