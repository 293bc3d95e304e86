import type { Metadata } from 'next';
import { PageHeading } from '@/components/layout/page-heading';
import { requireMember } from '@/lib/server/auth/session';
import { GoalForm } from '../goal-form';

export const metadata: Metadata = { title: 'Add a goal' };

export default async function NewGoalPage() {
  await requireMember();
  return (
    <>
      <PageHeading title="Add a goal" />
      <GoalForm />
    </>
  );
}
