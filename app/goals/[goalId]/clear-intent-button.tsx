'use client';
import { ActionButton } from '@/components/forms/action-button';
import { clearGoalIntentAction } from '../actions';

export function ClearIntentButton({ goalId }: { goalId: string }) {
  return (
    <ActionButton
      action={clearGoalIntentAction}
      fields={{ goalId }}
      label="Go back to the reading of my words"
    />
  );
}
