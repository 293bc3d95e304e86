import type { Metadata } from 'next';
import Link from 'next/link';
import { Notice } from '@/components/layout/notice';
import { PageHeading } from '@/components/layout/page-heading';
import { requireUser } from '@/lib/server/auth/session';
import { listOwnGoals } from '@/lib/server/goals/goals';

export const metadata: Metadata = { title: 'Your goals' };

export default async function GoalsPage({
  searchParams,
}: {
  searchParams: Promise<{ deleted?: string }>;
}) {
  const actor = await requireUser();
  const [goals, { deleted }] = await Promise.all([listOwnGoals({ actor }), searchParams]);
  return (
    <>
      <PageHeading title="Your goals">Only you can see your goals.</PageHeading>
      {deleted && <Notice>The goal is deleted.</Notice>}
      {goals.length === 0 ? (
        <p className="mb-4">No goals yet. What would you like to work towards?</p>
      ) : (
        <ul className="mb-6 flex flex-col gap-3" data-testid="goal-list">
          {goals.map((goal) => (
            <li key={goal.id} className="rounded-md border border-slate-200 bg-white p-4">
              <Link href={`/goals/${goal.id}`} className="line-clamp-2">
                {goal.statement}
              </Link>
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
