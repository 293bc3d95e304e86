'use client';
import { ActionButton } from './action-button';
import type { ServerFormAction } from './use-server-form';

/** A one-button form for removing something, with its outcome shown beside it. */
export function DeleteButton(props: {
  action: ServerFormAction;
  fields: Record<string, string>;
  label: string;
  /** Read out after the label, so that "Remove" says what it removes. */
  context?: string;
}) {
  return (
    <div className="mt-2">
      <ActionButton {...props} tone="danger" />
    </div>
  );
}
