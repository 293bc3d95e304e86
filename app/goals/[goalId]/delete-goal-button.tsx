'use client';
import { ConfirmButton } from '@/components/forms/confirm-button';
import { deleteGoalAction } from '../actions';

/** Deleting asks first, saying what else ends with the goal (see deletionQuestion). */
export function DeleteGoalButton({ goalId, question }: { goalId: string; question: string }) {
  return (
    <ConfirmButton
      action={deleteGoalAction}
      fields={{ goalId }}
      label="Delete this goal"
      question={question}
      confirmLabel="Yes, delete it"
    />
  );
}
