/**
 * The triage command: JSON Lines in on stdin, one JSON result out per line, in order.
 *   in:  {"goal": string, "clarity"?: "clear" | "exploring", "needs"?: string[]}
 *   out: {"kind", "confidence", "reasons"} or {"error": "line N: what is wrong"}
 * Exit status 0 when every line was valid, 2 otherwise. Unknown keys are ignored.
 * Blank lines: a blank line between requests is an error (so output stays line-for-line
 * with input), but blank lines at the very end of the input are dropped.
 */
import { createInterface } from 'node:readline';
import { triageGoal } from '@/lib/core/triage';
import { describeProblems, triageLineSchema } from '@/lib/core/triage/input-schema';

const FLUSH_AT = 64 * 1024;

function answer(line: string, lineNumber: number): { json: string; valid: boolean } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : '';
    return {
      json: JSON.stringify({ error: `line ${lineNumber}: not valid JSON${detail}` }),
      valid: false,
    };
  }
  const parsed = triageLineSchema.safeParse(value);
  if (!parsed.success) {
    return {
      json: JSON.stringify({ error: `line ${lineNumber}: ${describeProblems(parsed.error)}` }),
      valid: false,
    };
  }
  return { json: JSON.stringify(triageGoal(parsed.data)), valid: true };
}

function main(): void {
  const input = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let buffer = '';
  let allValid = true;
  let lineNumber = 0;
  let pendingBlank: number[] = [];

  // Output is gathered and written in large chunks: one write per line is slow on a pipe.
  const emit = (json: string) => {
    buffer += `${json}\n`;
    if (buffer.length < FLUSH_AT) return;
    if (!process.stdout.write(buffer)) {
      input.pause();
      process.stdout.once('drain', () => input.resume());
    }
    buffer = '';
  };

  // The 'line' event rather than `for await`: a promise per line costs more than the triage.
  input.on('line', (line) => {
    lineNumber++;
    if (line.trim() === '') {
      // Held back until a later line shows it was not trailing.
      pendingBlank.push(lineNumber);
      return;
    }
    for (const blank of pendingBlank) emit(JSON.stringify({ error: `line ${blank}: empty line` }));
    if (pendingBlank.length > 0) allValid = false;
    pendingBlank = [];
    const { json, valid } = answer(line, lineNumber);
    allValid &&= valid;
    emit(json);
  });

  input.on('close', () => {
    process.stdout.write(buffer);
    process.exitCode = allValid ? 0 : 2;
  });
}

main();
