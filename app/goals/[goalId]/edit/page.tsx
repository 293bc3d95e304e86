import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageHeading } from '@/components/layout/page-heading';
import type { GoalNeed } from '@/lib/core/goals/needs';
import { requireMember } from '@/lib/server/auth/session';
import { findOwnGoal } from '@/lib/server/goals/goals';
import { GoalForm } from '../../goal-form';

export const metadata: Metadata = { title: 'Edit goal' };

export default async function EditGoalPage({ params }: { params: Promise<{ goalId: string }> }) {
  const actor = await requireMember();
  const goal = await findOwnGoal({ actor, goalId: (await params).goalId });
  if (!goal) notFound();
  return (
    <>
      <PageHeading title="Edit your goal" />
      <GoalForm
        goalId={goal.id}
        defaults={{
          statement: goal.statement,
          targetTitle: goal.targetTitle ?? '',
          targetLevel: goal.targetLevel ? String(goal.targetLevel) : '',
          horizon: goal.horizon ?? undefined,
          clarity: goal.clarity ?? undefined,
          needs: goal.needs as GoalNeed[],
          visibility: goal.visibility,
        }}
      />
    </>
  );
}
