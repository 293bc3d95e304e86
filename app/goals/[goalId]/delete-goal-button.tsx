'use client';
import { DeleteButton } from '@/components/forms/delete-button';
import { deleteGoalAction } from '../actions';

export function DeleteGoalButton({ goalId }: { goalId: string }) {
  return <DeleteButton action={deleteGoalAction} fields={{ goalId }} label="Delete this goal" />;
}
