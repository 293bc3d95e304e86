/**
 * A subcommand's arguments: one FILE and named string options, checked with the command's zod
 * schema (which reads the file from `file` and each option by its name). Either the checked
 * arguments or the one line to print before exiting with status 2.
 */
import { parseArgs } from 'node:util';
import type { z } from 'zod';

export function readFileArgs<Schema extends z.ZodType>(
  args: readonly string[],
  usage: string,
  options: readonly string[],
  schema: Schema,
): { ok: true; args: z.output<Schema> } | { ok: false; error: string } {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: Object.fromEntries(options.map((name) => [name, { type: 'string' as const }])),
      allowPositionals: true,
    });
    if (positionals.length > 1) return { ok: false, error: usage };
    const checked = schema.safeParse({ ...values, file: positionals[0] });
    return checked.success
      ? { ok: true, args: checked.data }
      : { ok: false, error: checked.error.issues[0]?.message ?? usage };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}
