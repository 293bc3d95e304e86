/** What a caller sees of a refusal (code, words, the field it is shown beside), or 'done'. */
import { AppError } from '@/lib/server/errors';

export type Outcome = 'done' | { code: string; message: string; field?: string };

export async function outcomeOf(call: Promise<unknown>): Promise<Outcome> {
  try {
    await call;
    return 'done';
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { code: error.code, message: error.message, field: error.field };
  }
}
