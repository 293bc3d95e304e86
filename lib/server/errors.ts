import 'server-only';
/**
 * Errors the product expects, each with a code and a message safe to show to the person.
 * Anything else is a bug: it is logged and shown as a generic failure, never verbatim.
 */
export type AppErrorCode =
  'NOT_FOUND' | 'CONFLICT' | 'INVALID' | 'RATE_LIMITED' | 'UNAUTHENTICATED';

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    /** Field the message belongs to, when a form shows it beside that field. */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `That ${what} was not found.`);
