import 'server-only';
/**
 * Development's readable log line, written in-process: pino's own pretty printer runs as a
 * transport in a worker thread, which Next's bundling of the server breaks.
 *   12:01:02 ERROR [web] Form action failed requestId=… err: Error: …stack
 */
const LEVELS: Record<number, string> = {
  10: 'TRACE',
  20: 'DEBUG',
  30: 'INFO ',
  40: 'WARN ',
  50: 'ERROR',
  60: 'FATAL',
};
const OMIT = new Set(['level', 'time', 'pid', 'hostname', 'service', 'msg', 'err', 'error']);

export function readableLine(json: string): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json;
  }
  const time = new Date(Number(entry.time)).toTimeString().slice(0, 8);
  const fields = Object.entries(entry)
    .filter(([key]) => !OMIT.has(key))
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
  const error = (entry.err ?? entry.error) as { stack?: string; message?: string } | undefined;
  const level = LEVELS[Number(entry.level)] ?? String(entry.level);
  const head = [time, level, `[${String(entry.service)}]`, entry.msg, ...fields].join(' ');
  return `${head}${error ? `\n  ${error.stack ?? error.message}` : ''}\n`;
}
