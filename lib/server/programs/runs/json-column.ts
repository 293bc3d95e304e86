import 'server-only';
/**
 * Moving typed values in and out of JSON columns through their schemas
 * (lib/core/programs/runs/stored-json.ts). Writing checks the value against the schema it
 * will be read with, so a shape the reader would refuse never reaches the database; reading
 * parses, so callers get typed values rather than casts.
 */
import { z } from 'zod';
import type { Prisma } from '@/lib/generated/prisma/client';

export function toJson<Schema extends z.ZodType<Prisma.InputJsonValue>>(
  schema: Schema,
  value: z.input<Schema>,
): Prisma.InputJsonValue {
  return schema.parse(value);
}

/** The column's value in its stored shape; `column` names it if the row does not fit. */
export function fromJson<Schema extends z.ZodType>(
  schema: Schema,
  value: Prisma.JsonValue,
  column: string,
): z.output<Schema> {
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    throw new Error(`${column} does not have its stored shape: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
