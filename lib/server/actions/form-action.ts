import 'server-only';
/**
 * The one way a form reaches the server. Every action authenticates (unless it is one of the
 * few public ones), parses its input with the operation's zod schema, and turns expected
 * failures into messages on the form. The action body gets a typed actor and typed input.
 */
import { requestLog } from '@/lib/server/log/request-log';
import { parseWithZod } from '@conform-to/zod/v4';
import type { SubmissionResult } from '@conform-to/react';
import { unstable_rethrow } from 'next/navigation';
import type { z } from 'zod';
import { AppError } from '../errors';
import { getActor, type Actor } from '../auth/session';

export type FormState = SubmissionResult<string[]> | undefined;

type Handler<Schema extends z.ZodType, A> = (args: {
  actor: A;
  input: z.output<Schema>;
}) => Promise<FormState | void>;

function build<Schema extends z.ZodType, A>(
  schema: Schema,
  /** Resolves to the caller, or to undefined when the caller may not run this action. */
  resolveActor: () => Promise<A | undefined>,
  handler: Handler<Schema, A>,
) {
  return async (_previous: FormState, formData: FormData): Promise<FormState> => {
    const submission = parseWithZod(formData, { schema });
    // What was typed goes back to the form on error, except passwords: never echo a secret.
    const hideFields = Object.keys(submission.payload).filter((name) => /password/i.test(name));
    const reply = (
      options: { formErrors?: string[]; fieldErrors?: Record<string, string[]> } = {},
    ) => submission.reply({ ...options, hideFields });
    if (submission.status !== 'success') return reply();
    const actor = await resolveActor();
    if (actor === undefined)
      return reply({ formErrors: ['Your session has ended. Sign in again.'] });
    try {
      return (await handler({ actor, input: submission.value as z.output<Schema> })) ?? reply();
    } catch (error) {
      unstable_rethrow(error); // redirect() and notFound() are control flow, not failures
      if (error instanceof AppError) {
        return error.field
          ? reply({ fieldErrors: { [error.field]: [error.message] } })
          : reply({ formErrors: [error.message] });
      }
      (await requestLog()).error({ err: error }, 'Form action failed');
      return reply({ formErrors: ['Something went wrong on our side. Please try again.'] });
    }
  };
}

/** An action for signed-in people only. */
export function userAction<Schema extends z.ZodType>(
  schema: Schema,
  handler: Handler<Schema, Actor>,
) {
  return build(schema, async () => (await getActor()) ?? undefined, handler);
}

/** An action anyone may call (sign-up, sign-in). */
export function publicAction<Schema extends z.ZodType>(
  schema: Schema,
  handler: Handler<Schema, null>,
) {
  return build(schema, async () => null, handler);
}
